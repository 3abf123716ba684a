package io.github.vismaidentity.eaccounting.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Builds a {@link Customer} to send: {@code Customer.builder(...)} for a new one, {@code toBuilder()} for
 * a change. Each setter sets the component of the same name (see {@link Customer}); what is left unset
 * is not sent. Read-only values (id, timestamps) are kept from the record a builder was made from.
 */
public final class CustomerBuilder {

    private UUID id;
    private String customerNumber;
    private String name;
    private Boolean isActive;
    private Boolean isPrivatePerson;
    private String corporateIdentityNumber;
    private String vatNumber;
    private String emailAddress;
    private List<String> emailAddresses;
    private String telephone;
    private String mobilePhone;
    private String wwwAddress;
    private String contactPersonName;
    private String contactPersonEmail;
    private String contactPersonPhone;
    private String invoiceAddress1;
    private String invoiceAddress2;
    private String invoicePostalCode;
    private String invoiceCity;
    private String invoiceCountryCode;
    private String deliveryCustomerName;
    private String deliveryAddress1;
    private String deliveryAddress2;
    private String deliveryPostalCode;
    private String deliveryCity;
    private String deliveryCountryCode;
    private String currencyCode;
    private UUID termsOfPaymentId;
    private TermsOfPayment termsOfPayment;
    private BigDecimal discountPercentage;
    private PropertyType propertyType;
    private String propertyReference;
    private String note;
    private LocalDate lastInvoiceDate;
    private BigDecimal unpaidInvoicesAmount;
    private Instant changedUtc;

    CustomerBuilder() {
    }

    CustomerBuilder(Customer from) {
        id = from.id();
        customerNumber = from.customerNumber();
        name = from.name();
        isActive = from.isActive();
        isPrivatePerson = from.isPrivatePerson();
        corporateIdentityNumber = from.corporateIdentityNumber();
        vatNumber = from.vatNumber();
        emailAddress = from.emailAddress();
        emailAddresses = from.emailAddresses();
        telephone = from.telephone();
        mobilePhone = from.mobilePhone();
        wwwAddress = from.wwwAddress();
        contactPersonName = from.contactPersonName();
        contactPersonEmail = from.contactPersonEmail();
        contactPersonPhone = from.contactPersonPhone();
        invoiceAddress1 = from.invoiceAddress1();
        invoiceAddress2 = from.invoiceAddress2();
        invoicePostalCode = from.invoicePostalCode();
        invoiceCity = from.invoiceCity();
        invoiceCountryCode = from.invoiceCountryCode();
        deliveryCustomerName = from.deliveryCustomerName();
        deliveryAddress1 = from.deliveryAddress1();
        deliveryAddress2 = from.deliveryAddress2();
        deliveryPostalCode = from.deliveryPostalCode();
        deliveryCity = from.deliveryCity();
        deliveryCountryCode = from.deliveryCountryCode();
        currencyCode = from.currencyCode();
        termsOfPaymentId = from.termsOfPaymentId();
        termsOfPayment = from.termsOfPayment();
        discountPercentage = from.discountPercentage();
        propertyType = from.propertyType();
        propertyReference = from.propertyReference();
        note = from.note();
        lastInvoiceDate = from.lastInvoiceDate();
        unpaidInvoicesAmount = from.unpaidInvoicesAmount();
        changedUtc = from.changedUtc();
    }

    /** Sets {@code CustomerNumber}; null sends none. */
    public CustomerBuilder customerNumber(String customerNumber) {
        this.customerNumber = customerNumber;
        return this;
    }

    /** Sets {@code Name}; null sends none. */
    public CustomerBuilder name(String name) {
        this.name = name;
        return this;
    }

    /** Sets {@code IsActive}; null sends none. */
    public CustomerBuilder isActive(Boolean isActive) {
        this.isActive = isActive;
        return this;
    }

    /** Sets {@code IsPrivatePerson}; null sends none. */
    public CustomerBuilder isPrivatePerson(Boolean isPrivatePerson) {
        this.isPrivatePerson = isPrivatePerson;
        return this;
    }

    /** Sets {@code CorporateIdentityNumber}; null sends none. */
    public CustomerBuilder corporateIdentityNumber(String corporateIdentityNumber) {
        this.corporateIdentityNumber = corporateIdentityNumber;
        return this;
    }

    /** Sets {@code VatNumber}; null sends none. */
    public CustomerBuilder vatNumber(String vatNumber) {
        this.vatNumber = vatNumber;
        return this;
    }

    /** Sets {@code EmailAddress}; null sends none. */
    public CustomerBuilder emailAddress(String emailAddress) {
        this.emailAddress = emailAddress;
        return this;
    }

    /** Sets {@code EmailAddresses}; null sends none. */
    public CustomerBuilder emailAddresses(List<String> emailAddresses) {
        this.emailAddresses = emailAddresses;
        return this;
    }

    /** Sets {@code Telephone}; null sends none. */
    public CustomerBuilder telephone(String telephone) {
        this.telephone = telephone;
        return this;
    }

    /** Sets {@code MobilePhone}; null sends none. */
    public CustomerBuilder mobilePhone(String mobilePhone) {
        this.mobilePhone = mobilePhone;
        return this;
    }

    /** Sets {@code WwwAddress}; null sends none. */
    public CustomerBuilder wwwAddress(String wwwAddress) {
        this.wwwAddress = wwwAddress;
        return this;
    }

    /** Sets {@code ContactPersonName}; null sends none. */
    public CustomerBuilder contactPersonName(String contactPersonName) {
        this.contactPersonName = contactPersonName;
        return this;
    }

    /** Sets {@code ContactPersonEmail}; null sends none. */
    public CustomerBuilder contactPersonEmail(String contactPersonEmail) {
        this.contactPersonEmail = contactPersonEmail;
        return this;
    }

    /** Sets {@code ContactPersonPhone}; null sends none. */
    public CustomerBuilder contactPersonPhone(String contactPersonPhone) {
        this.contactPersonPhone = contactPersonPhone;
        return this;
    }

    /** Sets {@code InvoiceAddress1}; null sends none. */
    public CustomerBuilder invoiceAddress1(String invoiceAddress1) {
        this.invoiceAddress1 = invoiceAddress1;
        return this;
    }

    /** Sets {@code InvoiceAddress2}; null sends none. */
    public CustomerBuilder invoiceAddress2(String invoiceAddress2) {
        this.invoiceAddress2 = invoiceAddress2;
        return this;
    }

    /** Sets {@code InvoicePostalCode}; null sends none. */
    public CustomerBuilder invoicePostalCode(String invoicePostalCode) {
        this.invoicePostalCode = invoicePostalCode;
        return this;
    }

    /** Sets {@code InvoiceCity}; null sends none. */
    public CustomerBuilder invoiceCity(String invoiceCity) {
        this.invoiceCity = invoiceCity;
        return this;
    }

    /** Sets {@code InvoiceCountryCode}; null sends none. */
    public CustomerBuilder invoiceCountryCode(String invoiceCountryCode) {
        this.invoiceCountryCode = invoiceCountryCode;
        return this;
    }

    /** Sets {@code DeliveryCustomerName}; null sends none. */
    public CustomerBuilder deliveryCustomerName(String deliveryCustomerName) {
        this.deliveryCustomerName = deliveryCustomerName;
        return this;
    }

    /** Sets {@code DeliveryAddress1}; null sends none. */
    public CustomerBuilder deliveryAddress1(String deliveryAddress1) {
        this.deliveryAddress1 = deliveryAddress1;
        return this;
    }

    /** Sets {@code DeliveryAddress2}; null sends none. */
    public CustomerBuilder deliveryAddress2(String deliveryAddress2) {
        this.deliveryAddress2 = deliveryAddress2;
        return this;
    }

    /** Sets {@code DeliveryPostalCode}; null sends none. */
    public CustomerBuilder deliveryPostalCode(String deliveryPostalCode) {
        this.deliveryPostalCode = deliveryPostalCode;
        return this;
    }

    /** Sets {@code DeliveryCity}; null sends none. */
    public CustomerBuilder deliveryCity(String deliveryCity) {
        this.deliveryCity = deliveryCity;
        return this;
    }

    /** Sets {@code DeliveryCountryCode}; null sends none. */
    public CustomerBuilder deliveryCountryCode(String deliveryCountryCode) {
        this.deliveryCountryCode = deliveryCountryCode;
        return this;
    }

    /** Sets {@code CurrencyCode}; null sends none. */
    public CustomerBuilder currencyCode(String currencyCode) {
        this.currencyCode = currencyCode;
        return this;
    }

    /** Sets {@code TermsOfPaymentId}; null sends none. */
    public CustomerBuilder termsOfPaymentId(UUID termsOfPaymentId) {
        this.termsOfPaymentId = termsOfPaymentId;
        return this;
    }

    /** Sets {@code DiscountPercentage}; null sends none. */
    public CustomerBuilder discountPercentage(BigDecimal discountPercentage) {
        this.discountPercentage = discountPercentage;
        return this;
    }

    /** Sets {@code PropertyType}; null sends none. */
    public CustomerBuilder propertyType(PropertyType propertyType) {
        this.propertyType = propertyType;
        return this;
    }

    /** Sets {@code PropertyReference}; null sends none. */
    public CustomerBuilder propertyReference(String propertyReference) {
        this.propertyReference = propertyReference;
        return this;
    }

    /** Sets {@code Note}; null sends none. */
    public CustomerBuilder note(String note) {
        this.note = note;
        return this;
    }

    /** @return the Customer with the values set */
    public Customer build() {
        return new Customer(id, customerNumber, name, isActive, isPrivatePerson, corporateIdentityNumber, vatNumber, emailAddress, emailAddresses, telephone, mobilePhone, wwwAddress, contactPersonName, contactPersonEmail, contactPersonPhone, invoiceAddress1, invoiceAddress2, invoicePostalCode, invoiceCity, invoiceCountryCode, deliveryCustomerName, deliveryAddress1, deliveryAddress2, deliveryPostalCode, deliveryCity, deliveryCountryCode, currencyCode, termsOfPaymentId, termsOfPayment, discountPercentage, propertyType, propertyReference, note, lastInvoiceDate, unpaidInvoicesAmount, changedUtc);
    }
}

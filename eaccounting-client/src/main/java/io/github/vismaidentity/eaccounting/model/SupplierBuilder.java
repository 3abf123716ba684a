package io.github.vismaidentity.eaccounting.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Builds a {@link Supplier} to send: {@code Supplier.builder(...)} for a new one, {@code toBuilder()} for
 * a change. Each setter sets the component of the same name (see {@link Supplier}); what is left unset
 * is not sent. Read-only values (id, timestamps) are kept from the record a builder was made from.
 */
public final class SupplierBuilder {

    private UUID id;
    private String supplierNumber;
    private String name;
    private Boolean isActive;
    private String corporateIdentityNumber;
    private String vatNumber;
    private String emailAddress;
    private String telephone;
    private String mobilePhone;
    private String wwwAddress;
    private String contactPersonName;
    private String contactPersonEmail;
    private String contactPersonPhone;
    private String address1;
    private String address2;
    private String postalCode;
    private String city;
    private String countryCode;
    private String currencyCode;
    private UUID termsOfPaymentId;
    private String bankAccountNumber;
    private String bankIban;
    private String bankBic;
    private String bankgiroNumber;
    private String plusgiroNumber;
    private String ourCustomerNumber;
    private String note;
    private BigDecimal unpaidInvoicesAmount;
    private LocalDate lastInvoiceDate;
    private Instant createdUtc;
    private Instant modifiedUtc;

    SupplierBuilder() {
    }

    SupplierBuilder(Supplier from) {
        id = from.id();
        supplierNumber = from.supplierNumber();
        name = from.name();
        isActive = from.isActive();
        corporateIdentityNumber = from.corporateIdentityNumber();
        vatNumber = from.vatNumber();
        emailAddress = from.emailAddress();
        telephone = from.telephone();
        mobilePhone = from.mobilePhone();
        wwwAddress = from.wwwAddress();
        contactPersonName = from.contactPersonName();
        contactPersonEmail = from.contactPersonEmail();
        contactPersonPhone = from.contactPersonPhone();
        address1 = from.address1();
        address2 = from.address2();
        postalCode = from.postalCode();
        city = from.city();
        countryCode = from.countryCode();
        currencyCode = from.currencyCode();
        termsOfPaymentId = from.termsOfPaymentId();
        bankAccountNumber = from.bankAccountNumber();
        bankIban = from.bankIban();
        bankBic = from.bankBic();
        bankgiroNumber = from.bankgiroNumber();
        plusgiroNumber = from.plusgiroNumber();
        ourCustomerNumber = from.ourCustomerNumber();
        note = from.note();
        unpaidInvoicesAmount = from.unpaidInvoicesAmount();
        lastInvoiceDate = from.lastInvoiceDate();
        createdUtc = from.createdUtc();
        modifiedUtc = from.modifiedUtc();
    }

    /** Sets {@code SupplierNumber}; null sends none. */
    public SupplierBuilder supplierNumber(String supplierNumber) {
        this.supplierNumber = supplierNumber;
        return this;
    }

    /** Sets {@code Name}; null sends none. */
    public SupplierBuilder name(String name) {
        this.name = name;
        return this;
    }

    /** Sets {@code IsActive}; null sends none. */
    public SupplierBuilder isActive(Boolean isActive) {
        this.isActive = isActive;
        return this;
    }

    /** Sets {@code CorporateIdentityNumber}; null sends none. */
    public SupplierBuilder corporateIdentityNumber(String corporateIdentityNumber) {
        this.corporateIdentityNumber = corporateIdentityNumber;
        return this;
    }

    /** Sets {@code VatNumber}; null sends none. */
    public SupplierBuilder vatNumber(String vatNumber) {
        this.vatNumber = vatNumber;
        return this;
    }

    /** Sets {@code EmailAddress}; null sends none. */
    public SupplierBuilder emailAddress(String emailAddress) {
        this.emailAddress = emailAddress;
        return this;
    }

    /** Sets {@code Telephone}; null sends none. */
    public SupplierBuilder telephone(String telephone) {
        this.telephone = telephone;
        return this;
    }

    /** Sets {@code MobilePhone}; null sends none. */
    public SupplierBuilder mobilePhone(String mobilePhone) {
        this.mobilePhone = mobilePhone;
        return this;
    }

    /** Sets {@code WwwAddress}; null sends none. */
    public SupplierBuilder wwwAddress(String wwwAddress) {
        this.wwwAddress = wwwAddress;
        return this;
    }

    /** Sets {@code ContactPersonName}; null sends none. */
    public SupplierBuilder contactPersonName(String contactPersonName) {
        this.contactPersonName = contactPersonName;
        return this;
    }

    /** Sets {@code ContactPersonEmail}; null sends none. */
    public SupplierBuilder contactPersonEmail(String contactPersonEmail) {
        this.contactPersonEmail = contactPersonEmail;
        return this;
    }

    /** Sets {@code ContactPersonPhone}; null sends none. */
    public SupplierBuilder contactPersonPhone(String contactPersonPhone) {
        this.contactPersonPhone = contactPersonPhone;
        return this;
    }

    /** Sets {@code Address1}; null sends none. */
    public SupplierBuilder address1(String address1) {
        this.address1 = address1;
        return this;
    }

    /** Sets {@code Address2}; null sends none. */
    public SupplierBuilder address2(String address2) {
        this.address2 = address2;
        return this;
    }

    /** Sets {@code PostalCode}; null sends none. */
    public SupplierBuilder postalCode(String postalCode) {
        this.postalCode = postalCode;
        return this;
    }

    /** Sets {@code City}; null sends none. */
    public SupplierBuilder city(String city) {
        this.city = city;
        return this;
    }

    /** Sets {@code CountryCode}; null sends none. */
    public SupplierBuilder countryCode(String countryCode) {
        this.countryCode = countryCode;
        return this;
    }

    /** Sets {@code CurrencyCode}; null sends none. */
    public SupplierBuilder currencyCode(String currencyCode) {
        this.currencyCode = currencyCode;
        return this;
    }

    /** Sets {@code TermsOfPaymentId}; null sends none. */
    public SupplierBuilder termsOfPaymentId(UUID termsOfPaymentId) {
        this.termsOfPaymentId = termsOfPaymentId;
        return this;
    }

    /** Sets {@code BankAccountNumber}; null sends none. */
    public SupplierBuilder bankAccountNumber(String bankAccountNumber) {
        this.bankAccountNumber = bankAccountNumber;
        return this;
    }

    /** Sets {@code BankIban}; null sends none. */
    public SupplierBuilder bankIban(String bankIban) {
        this.bankIban = bankIban;
        return this;
    }

    /** Sets {@code BankBic}; null sends none. */
    public SupplierBuilder bankBic(String bankBic) {
        this.bankBic = bankBic;
        return this;
    }

    /** Sets {@code BankgiroNumber}; null sends none. */
    public SupplierBuilder bankgiroNumber(String bankgiroNumber) {
        this.bankgiroNumber = bankgiroNumber;
        return this;
    }

    /** Sets {@code PlusgiroNumber}; null sends none. */
    public SupplierBuilder plusgiroNumber(String plusgiroNumber) {
        this.plusgiroNumber = plusgiroNumber;
        return this;
    }

    /** Sets {@code OurCustomerNumber}; null sends none. */
    public SupplierBuilder ourCustomerNumber(String ourCustomerNumber) {
        this.ourCustomerNumber = ourCustomerNumber;
        return this;
    }

    /** Sets {@code Note}; null sends none. */
    public SupplierBuilder note(String note) {
        this.note = note;
        return this;
    }

    /** @return the Supplier with the values set */
    public Supplier build() {
        return new Supplier(id, supplierNumber, name, isActive, corporateIdentityNumber, vatNumber, emailAddress, telephone, mobilePhone, wwwAddress, contactPersonName, contactPersonEmail, contactPersonPhone, address1, address2, postalCode, city, countryCode, currencyCode, termsOfPaymentId, bankAccountNumber, bankIban, bankBic, bankgiroNumber, plusgiroNumber, ourCustomerNumber, note, unpaidInvoicesAmount, lastInvoiceDate, createdUtc, modifiedUtc);
    }
}

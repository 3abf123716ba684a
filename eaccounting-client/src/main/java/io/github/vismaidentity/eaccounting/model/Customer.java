package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A customer (Visma's {@code CustomerApi}, from {@code /v2/customers}). Read one from the API, or
 * build one to create with {@link #builder(String)}; change one with {@link #toBuilder()}. Visma
 * requires {@code Name}, {@code InvoicePostalCode}, {@code InvoiceCity}, {@code TermsOfPaymentId},
 * {@code IsActive} and {@code IsPrivatePerson} on a write, and answers 400 naming the field otherwise.
 *
 * @param id                      Visma's id (read-only)
 * @param customerNumber          the customer number; Visma gives the next one when it is absent
 * @param name                    the name (at most 50 characters)
 * @param isActive                whether the customer is active
 * @param isPrivatePerson         whether the customer is a private person rather than a business
 * @param corporateIdentityNumber the corporate identity (organisation) number
 * @param vatNumber               the VAT number
 * @param emailAddress            where invoices are emailed
 * @param emailAddresses          copy addresses for invoices (at most 5; needs {@code emailAddress})
 * @param telephone               phone number
 * @param mobilePhone             mobile phone number
 * @param wwwAddress              website address
 * @param contactPersonName       the contact person's name
 * @param contactPersonEmail      the contact person's email
 * @param contactPersonPhone      the contact person's phone
 * @param invoiceAddress1         first invoice address line
 * @param invoiceAddress2         second invoice address line
 * @param invoicePostalCode       invoice postal code (required)
 * @param invoiceCity             invoice city (required)
 * @param invoiceCountryCode      invoice country, ISO 3166-1 alpha-2
 * @param deliveryCustomerName    the name on deliveries
 * @param deliveryAddress1        first delivery address line
 * @param deliveryAddress2        second delivery address line
 * @param deliveryPostalCode      delivery postal code
 * @param deliveryCity            delivery city
 * @param deliveryCountryCode     delivery country, ISO 3166-1 alpha-2
 * @param currencyCode            the customer's currency (ISO 4217); the company's when absent
 * @param termsOfPaymentId        the customer's terms of payment (required; see {@code termsOfPayments()})
 * @param termsOfPayment          those terms, as Visma returns them (read-only)
 * @param discountPercentage      the default discount, 0 to 1 with 4 decimals
 * @param propertyType            the ROT/RUT property type (Sweden)
 * @param propertyReference       the ROT/RUT property reference (Sweden)
 * @param note                    a free note
 * @param lastInvoiceDate         the date of the customer's last invoice (read-only)
 * @param unpaidInvoicesAmount    the total of the customer's unpaid invoices (read-only)
 * @param changedUtc              when the customer last changed (read-only)
 */
public record Customer(
        @JsonbProperty("Id") UUID id,
        @JsonbProperty("CustomerNumber") String customerNumber,
        @JsonbProperty("Name") String name,
        @JsonbProperty("IsActive") Boolean isActive,
        @JsonbProperty("IsPrivatePerson") Boolean isPrivatePerson,
        @JsonbProperty("CorporateIdentityNumber") String corporateIdentityNumber,
        @JsonbProperty("VatNumber") String vatNumber,
        @JsonbProperty("EmailAddress") String emailAddress,
        @JsonbProperty("EmailAddresses") List<String> emailAddresses,
        @JsonbProperty("Telephone") String telephone,
        @JsonbProperty("MobilePhone") String mobilePhone,
        @JsonbProperty("WwwAddress") String wwwAddress,
        @JsonbProperty("ContactPersonName") String contactPersonName,
        @JsonbProperty("ContactPersonEmail") String contactPersonEmail,
        @JsonbProperty("ContactPersonPhone") String contactPersonPhone,
        @JsonbProperty("InvoiceAddress1") String invoiceAddress1,
        @JsonbProperty("InvoiceAddress2") String invoiceAddress2,
        @JsonbProperty("InvoicePostalCode") String invoicePostalCode,
        @JsonbProperty("InvoiceCity") String invoiceCity,
        @JsonbProperty("InvoiceCountryCode") String invoiceCountryCode,
        @JsonbProperty("DeliveryCustomerName") String deliveryCustomerName,
        @JsonbProperty("DeliveryAddress1") String deliveryAddress1,
        @JsonbProperty("DeliveryAddress2") String deliveryAddress2,
        @JsonbProperty("DeliveryPostalCode") String deliveryPostalCode,
        @JsonbProperty("DeliveryCity") String deliveryCity,
        @JsonbProperty("DeliveryCountryCode") String deliveryCountryCode,
        @JsonbProperty("CurrencyCode") String currencyCode,
        @JsonbProperty("TermsOfPaymentId") UUID termsOfPaymentId,
        @JsonbProperty("TermsOfPayment") TermsOfPayment termsOfPayment,
        @JsonbProperty("DiscountPercentage") BigDecimal discountPercentage,
        @JsonbProperty("PropertyType") PropertyType propertyType,
        @JsonbProperty("PropertyReference") String propertyReference,
        @JsonbProperty("Note") String note,
        @JsonbProperty("LastInvoiceDate") LocalDate lastInvoiceDate,
        @JsonbProperty("UnpaidInvoicesAmount") BigDecimal unpaidInvoicesAmount,
        @JsonbProperty("ChangedUtc") Instant changedUtc) {

    /** Copy addresses are read as an empty list when Visma sends none, without null items, and kept unmodifiable. */
    public Customer {
        emailAddresses = Lists.withoutNulls(emailAddresses);
    }

    /**
     * A new active business customer to create; set the invoice postal code, city and terms of
     * payment before {@link CustomerBuilder#build()}, as Visma requires them.
     *
     * @param name the customer's name (at most 50 characters)
     * @return a builder holding the name
     */
    public static CustomerBuilder builder(String name) {
        return new CustomerBuilder().name(name).isActive(true).isPrivatePerson(false);
    }

    /** @return a builder holding every value of this customer, for an update ({@code PUT}) */
    public CustomerBuilder toBuilder() {
        return new CustomerBuilder(this);
    }
}

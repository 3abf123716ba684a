package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A supplier (Visma's {@code SupplierApi}, from {@code /v2/suppliers}). Build one to create with
 * {@link #builder(String, UUID)}; Visma requires {@code Name} and {@code TermsOfPaymentId}.
 *
 * @param id                      Visma's id (read-only)
 * @param supplierNumber          the supplier number; Visma gives the next one when it is absent
 * @param name                    the name (at most 50 characters)
 * @param isActive                whether the supplier is active
 * @param corporateIdentityNumber the corporate identity (organisation) number
 * @param vatNumber               the VAT number
 * @param emailAddress            email address
 * @param telephone               phone number
 * @param mobilePhone             mobile phone number
 * @param wwwAddress              website address
 * @param contactPersonName       the contact person's name
 * @param contactPersonEmail      the contact person's email
 * @param contactPersonPhone      the contact person's phone
 * @param address1                first address line
 * @param address2                second address line
 * @param postalCode              postal code
 * @param city                    city
 * @param countryCode             country, ISO 3166-1 alpha-2
 * @param currencyCode            the supplier's currency (ISO 4217)
 * @param termsOfPaymentId        the supplier's terms of payment (required)
 * @param bankAccountNumber       bank account number
 * @param bankIban                IBAN
 * @param bankBic                 BIC
 * @param bankgiroNumber          Bankgiro number (Sweden)
 * @param plusgiroNumber          Plusgiro number (Sweden)
 * @param ourCustomerNumber       our customer number at the supplier
 * @param note                    a free note
 * @param unpaidInvoicesAmount    the total of the supplier's unpaid invoices (read-only)
 * @param lastInvoiceDate         the date of the supplier's last invoice (read-only)
 * @param createdUtc              when the supplier was created (read-only)
 * @param modifiedUtc             when the supplier last changed (read-only)
 */
public record Supplier(
        @JsonbProperty("Id") UUID id,
        @JsonbProperty("SupplierNumber") String supplierNumber,
        @JsonbProperty("Name") String name,
        @JsonbProperty("IsActive") Boolean isActive,
        @JsonbProperty("CorporateIdentityNumber") String corporateIdentityNumber,
        @JsonbProperty("VatNumber") String vatNumber,
        @JsonbProperty("EmailAddress") String emailAddress,
        @JsonbProperty("Telephone") String telephone,
        @JsonbProperty("MobilePhone") String mobilePhone,
        @JsonbProperty("WwwAddress") String wwwAddress,
        @JsonbProperty("ContactPersonName") String contactPersonName,
        @JsonbProperty("ContactPersonEmail") String contactPersonEmail,
        @JsonbProperty("ContactPersonPhone") String contactPersonPhone,
        @JsonbProperty("Address1") String address1,
        @JsonbProperty("Address2") String address2,
        @JsonbProperty("PostalCode") String postalCode,
        @JsonbProperty("City") String city,
        @JsonbProperty("CountryCode") String countryCode,
        @JsonbProperty("CurrencyCode") String currencyCode,
        @JsonbProperty("TermsOfPaymentId") UUID termsOfPaymentId,
        @JsonbProperty("BankAccountNumber") String bankAccountNumber,
        @JsonbProperty("BankIban") String bankIban,
        @JsonbProperty("BankBic") String bankBic,
        @JsonbProperty("BankgiroNumber") String bankgiroNumber,
        @JsonbProperty("PlusgiroNumber") String plusgiroNumber,
        @JsonbProperty("OurCustomerNumber") String ourCustomerNumber,
        @JsonbProperty("Note") String note,
        @JsonbProperty("UnpaidInvoicesAmount") BigDecimal unpaidInvoicesAmount,
        @JsonbProperty("LastInvoiceDate") LocalDate lastInvoiceDate,
        @JsonbProperty("CreatedUtc") Instant createdUtc,
        @JsonbProperty("ModifiedUtc") Instant modifiedUtc) {

    /**
     * A new active supplier to create.
     *
     * @param name             the supplier's name (at most 50 characters)
     * @param termsOfPaymentId its terms of payment (see {@code termsOfPayments()})
     * @return a builder holding them
     */
    public static SupplierBuilder builder(String name, UUID termsOfPaymentId) {
        return new SupplierBuilder().name(name).termsOfPaymentId(termsOfPaymentId).isActive(true);
    }

    /** @return a builder holding every value of this Supplier, for a change */
    public SupplierBuilder toBuilder() {
        return new SupplierBuilder(this);
    }
}

package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The connected company's settings (Visma's {@code CompanySettingsApi}, from
 * {@code GET /v2/companysettings}): its name, address, currency and numbering.
 *
 * @param name                      the company's name
 * @param companyIdentifier         Visma's unique identifier of the company
 * @param corporateIdentityNumber   the corporate identity (organisation) number
 * @param vatCode                   the VAT identification number
 * @param email                     the company's email address
 * @param phone                     phone number
 * @param mobilePhone               mobile phone number
 * @param address1                  first address line
 * @param address2                  second address line
 * @param postalCode                postal code
 * @param city                      city
 * @param countryCode               ISO 3166-1 alpha-2 country code
 * @param website                   website address
 * @param currencyCode              the company's currency (ISO 4217)
 * @param termsOfPaymentId          the default terms of payment
 * @param accountingLockedTo        the date up to which the books are locked
 * @param productVariant            the eAccounting product the company runs
 * @param usesProject               whether the company uses projects
 * @param nextCustomerNumber        the number the next customer gets
 * @param nextSupplierNumber        the number the next supplier gets
 * @param nextCustomerInvoiceNumber the number the next customer invoice gets
 */
public record CompanySettings(
        @JsonbProperty("Name") String name,
        @JsonbProperty("CompanyIdentifier") String companyIdentifier,
        @JsonbProperty("CorporateIdentityNumber") String corporateIdentityNumber,
        @JsonbProperty("VatCode") String vatCode,
        @JsonbProperty("Email") String email,
        @JsonbProperty("Phone") String phone,
        @JsonbProperty("MobilePhone") String mobilePhone,
        @JsonbProperty("Address1") String address1,
        @JsonbProperty("Address2") String address2,
        @JsonbProperty("PostalCode") String postalCode,
        @JsonbProperty("City") String city,
        @JsonbProperty("CountryCode") String countryCode,
        @JsonbProperty("Website") String website,
        @JsonbProperty("CurrencyCode") String currencyCode,
        @JsonbProperty("TermsOfPaymentId") UUID termsOfPaymentId,
        @JsonbProperty("AccountingLockedTo") LocalDate accountingLockedTo,
        @JsonbProperty("ProductVariant") ProductVariant productVariant,
        @JsonbProperty("UsesProject") Boolean usesProject,
        @JsonbProperty("NextCustomerNumber") Integer nextCustomerNumber,
        @JsonbProperty("NextSupplierNumber") Integer nextSupplierNumber,
        @JsonbProperty("NextCustomerInvoiceNumber") Integer nextCustomerInvoiceNumber) {
}

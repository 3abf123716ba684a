package io.github.vismaidentity.emulator.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Visma's {@code CustomerApi} as the emulator keeps it: the writable properties with the description's
 * rules (required fields, {@code maxLength}, ranges), read into a compact stored form (null properties
 * left out, so 10,000 customers stay small), and the full JSON view in the description's property order.
 */
final class CustomerSchema {

    /** Writable text properties and their {@code maxLength}; 0 where the description sets none. */
    private static final Map<String, Integer> TEXTS = texts(
            "InvoiceCity", 50, "InvoicePostalCode", 10, "GLN", 255, "EmailAddressOrder", 255,
            "EmailAddressQuote", 255, "TaxDeductionNumber", 0, "PropertyReference", 40, "Iban", 35,
            "CustomerNumber", 16, "CorporateIdentityNumber", 20, "ContactPersonEmail", 255,
            "ContactPersonMobile", 50, "ContactPersonName", 100, "ContactPersonPhone", 50, "CurrencyCode", 3,
            "EmailAddress", 255, "InvoiceAddress1", 50, "InvoiceAddress2", 50, "InvoiceCountryCode", 2,
            "DeliveryAddress1", 50, "DeliveryAddress2", 50, "DeliveryCity", 50, "DeliveryCountryCode", 2,
            "DeliveryPostalCode", 10, "DeliveryCustomerName", 100, "Name", 50, "Note", 4000, "MobilePhone", 50,
            "Telephone", 50, "VatNumber", 20, "WwwAddress", 255, "EdiGlnNumber", 255, "SalesDocumentLanguage", 2,
            "ElectronicAddress", 255, "ElectronicReference", 35, "EdiServiceDelivererId", 255);

    /** Booleans that are never null in the view (false when not sent). */
    private static final List<String> FLAGS = List.of("IsActive", "IsPrivatePerson",
            "ReverseChargeOnConstructionServices", "ForceBookkeepVat", "DeliveryBasedVat");

    private static final List<String> NULLABLE_FLAGS = List.of("IsDirectDebitEnabled", "IsNorthernIreland");

    private static final List<String> GUIDS = List.of("TermsOfPaymentId", "DeliveryMethodId", "DeliveryTermId",
            "DiscountAgreementId", "SalesPriceListId");

    static final List<String> REQUIRED = List.of("Name", "InvoiceCity", "InvoicePostalCode", "IsActive",
            "IsPrivatePerson", "TermsOfPaymentId");

    /** Every property of the view, in the description's order. */
    static final List<String> PROPERTIES = List.of("Id", "InvoiceCity", "InvoicePostalCode", "GLN",
            "EmailAddressOrder", "EmailAddressQuote", "PayToAccountId", "TermsOfPayment", "LastInvoiceDate",
            "TaxDeductionNumber", "PropertyType", "PropertyReference", "ChangedUtc", "CustomerLabels",
            "MessageThreads", "Notes", "IsFutureInvoiceDateAllowed", "Iban", "IsDirectDebitEnabled",
            "DiscountAgreementId", "UnpaidInvoicesAmount", "CustomerNumber", "CorporateIdentityNumber",
            "ContactPersonEmail", "ContactPersonMobile", "ContactPersonName", "ContactPersonPhone", "CurrencyCode",
            "EmailAddress", "InvoiceAddress1", "InvoiceAddress2", "InvoiceCountryCode", "DeliveryAddress1",
            "DeliveryAddress2", "DeliveryCity", "DeliveryCountryCode", "DeliveryPostalCode", "DeliveryCustomerName",
            "DeliveryMethodId", "DeliveryTermId", "Name", "Note", "ReverseChargeOnConstructionServices",
            "WebshopCustomerNumber", "MobilePhone", "Telephone", "TermsOfPaymentId", "VatNumber", "WwwAddress",
            "IsPrivatePerson", "IsNorthernIreland", "DiscountPercentage", "IsActive", "ForceBookkeepVat",
            "EdiGlnNumber", "SalesDocumentLanguage", "ElectronicAddress", "ElectronicReference",
            "EdiServiceDelivererId", "EmailAddresses", "DeliveryBasedVat", "SalesPriceListId");

    private CustomerSchema() {
    }

    /**
     * The stored form of a customer written with {@code body}: every rule checked, each broken one an
     * entry of the 400's {@code Errors}. Server-set properties ({@code Id}, {@code ChangedUtc},
     * {@code CustomerNumber} when absent) are the caller's to add.
     */
    static Map<String, Object> read(JsonBody body) {
        Map<String, Object> stored = new HashMap<>();
        body.require(REQUIRED.toArray(String[]::new));
        TEXTS.forEach((name, max) -> {
            if (max > 0) {
                body.maxLength(name, max);
            }
            body.string(name).ifPresent(value -> stored.put(name, value));
        });
        FLAGS.forEach(name -> body.bool(name).ifPresent(value -> stored.put(name, value)));
        NULLABLE_FLAGS.forEach(name -> body.bool(name).ifPresent(value -> stored.put(name, value)));
        GUIDS.forEach(name -> body.uuid(name).ifPresent(value -> stored.put(name, value.toString())));
        body.decimal("DiscountPercentage").ifPresent(value -> {
            if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0 || value.stripTrailingZeros().scale() > 4) {
                body.error("DiscountPercentage", FieldError.INVALID_VALUE,
                        "DiscountPercentage is a fraction from 0 to 1 with at most 4 decimals (0.1 for 10 %), not " + value);
            }
            stored.put("DiscountPercentage", value);
        });
        body.integer("PropertyType").ifPresent(value -> {
            if (value < 1 || value > 2) {
                body.error("PropertyType", FieldError.INVALID_VALUE, "PropertyType is 1 (Apartment) or 2 (Property), not " + value);
            }
            stored.put("PropertyType", value);
        });
        body.integer("WebshopCustomerNumber").ifPresent(value -> stored.put("WebshopCustomerNumber", value));
        emailAddresses(body).ifPresent(value -> stored.put("EmailAddresses", value));
        return stored;
    }

    /** The customer as the API shows it: every property, null where unset, its terms of payment nested. */
    static Map<String, Object> view(Map<String, Object> stored, Optional<Map<String, Object>> termsOfPayment) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (String name : PROPERTIES) {
            json.put(name, stored.get(name));
        }
        FLAGS.forEach(name -> json.put(name, stored.getOrDefault(name, false)));
        json.put("TermsOfPayment", termsOfPayment.orElse(null));
        json.put("CustomerLabels", List.of());
        json.put("MessageThreads", List.of());
        json.put("Notes", List.of());
        json.put("EmailAddresses", stored.getOrDefault("EmailAddresses", List.of()));
        json.put("IsFutureInvoiceDateAllowed", true);
        json.put("UnpaidInvoicesAmount", BigDecimal.ZERO);
        return json;
    }

    private static Optional<List<String>> emailAddresses(JsonBody body) {
        List<String> addresses = new ArrayList<>();
        body.strings("EmailAddresses").forEach(addresses::add);
        if (addresses.size() > 5) {
            body.error("EmailAddresses", FieldError.INVALID_VALUE, "EmailAddresses holds at most 5 addresses, not " + addresses.size());
        }
        return addresses.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(addresses));
    }

    private static Map<String, Integer> texts(Object... pairs) {
        Map<String, Integer> texts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            texts.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return texts;
    }
}

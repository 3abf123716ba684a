package io.github.vismaidentity.emulator.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Suppliers ({@code SupplierApi}): a company's seeded suppliers and the rules of creating one: {@code Name}
 * and an existing {@code TermsOfPaymentId} required, the schema's maximum lengths, a {@code SupplierNumber}
 * that is unique, given the next free number when the client sends none.
 */
final class Suppliers {

    private static final Map<String, Integer> TEXTS = texts();

    private record Seeded(String name, String address, String postalCode, String city, String bankgiro,
                          String email) {
    }

    private static final List<Seeded> SEEDED = List.of(
            new Seeded("Telia Sverige AB", "Stjärntorget 1", "169 79", "Solna", "5050-1055", "faktura@telia.example"),
            new Seeded("Vattenfall AB", "Evenemangsgatan 13", "169 56", "Solna", "5386-1719", "kund@vattenfall.example"),
            new Seeded("Fastighets AB Kvarnen", "Kvarngatan 4", "118 47", "Stockholm", "5812-4401",
                    "hyra@kvarnen.example"),
            new Seeded("Dustin Sverige AB", "Augustendalsvägen 7", "131 52", "Nacka Strand", "5102-2020",
                    "order@dustin.example"),
            new Seeded("Kontorsgiganten i Norden AB", "Industrigatan 22", "212 14", "Malmö", "5240-3311",
                    "info@kontorsgiganten.example"),
            new Seeded("Circle K Sverige AB", "Sundbybergsvägen 1", "171 73", "Solna", "5055-0019",
                    "kundservice@circlek.example"),
            new Seeded("Webbhotell Norden AB", "Kungsgatan 38", "411 19", "Göteborg", "5630-2290",
                    "billing@webbhotell.example"),
            new Seeded("Revisionsbyrån Ek & Lind KB", "Storgatan 10", "903 26", "Umeå", "5477-0812",
                    "byra@eklind.example"));

    private Suppliers() {
    }

    /** The seeded suppliers, numbered from 1, all on the given terms of payment. */
    static List<Map<String, Object>> seed(String companyId, String countryCode, String currencyCode,
                                          String termsOfPaymentId, LocalDate created) {
        List<Map<String, Object>> suppliers = new ArrayList<>();
        for (int index = 0; index < SEEDED.size(); index++) {
            Seeded seeded = SEEDED.get(index);
            Map<String, Object> supplier = new LinkedHashMap<>();
            supplier.put("Name", seeded.name());
            supplier.put("SupplierNumber", String.valueOf(index + 1));
            supplier.put("Address1", seeded.address());
            supplier.put("PostalCode", seeded.postalCode());
            supplier.put("City", seeded.city());
            supplier.put("BankgiroNumber", seeded.bankgiro());
            supplier.put("EmailAddress", seeded.email());
            supplier.put("TermsOfPaymentId", termsOfPaymentId);
            supplier.put("IsActive", index != SEEDED.size() - 1);
            suppliers.add(completed(JsonValues.stableId(companyId, "supplier", index + 1), supplier, countryCode,
                    currencyCode, created.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)));
        }
        return suppliers;
    }

    /**
     * The supplier a create request describes, or empty with the problems in {@code checks}.
     *
     * @param existing  the company's suppliers, for the number's uniqueness and the next free number
     * @param termsDays the days of a terms of payment id, empty when the company has no such terms
     */
    static Optional<Map<String, Object>> create(Map<String, Object> body, Checks checks,
                                                Collection<Map<String, Object>> existing,
                                                Function<String, Optional<Integer>> termsDays, String id,
                                                String countryCode, String currencyCode, Instant now) {
        Map<String, Object> supplier = new LinkedHashMap<>();
        checks.requiredText(body, "", "Name", 50).ifPresent(name -> supplier.put("Name", name));
        checks.id(body, "", "TermsOfPaymentId", true).ifPresent(terms -> {
            if (termsDays.apply(terms).isEmpty()) {
                checks.notFound("TermsOfPaymentId", terms, "terms of payment");
            }
            supplier.put("TermsOfPaymentId", terms);
        });
        TEXTS.forEach((field, max) -> checks.text(body, "", field, max).ifPresent(text -> supplier.put(field, text)));
        Optional<String> number = checks.text(body, "", "SupplierNumber", 16).filter(text -> !text.isBlank());
        number.ifPresent(wanted -> checks.unique("SupplierNumber", wanted, existing, "supplier"));
        supplier.put("SupplierNumber", number.orElseGet(() -> String.valueOf(nextNumber(existing))));
        supplier.put("IsActive", checks.bool(body, "", "IsActive").orElse(true));
        for (String flag : List.of("AutomaticPaymentService", "UsesPaymentReferenceNumbers", "ProportionalVat",
                "SelfEmployedWithoutFixedAddress", "UsesAutomaticSupplierInvoiceApproval")) {
            checks.bool(body, "", flag).ifPresent(value -> supplier.put(flag, value));
        }
        checks.whole(body, "", "BankFeeCode", 0, 3, false).ifPresent(code -> supplier.put("BankFeeCode", code));
        return checks.ok() ? Optional.of(completed(id, supplier, countryCode, currencyCode, now)) : Optional.empty();
    }

    private static long nextNumber(Collection<Map<String, Object>> existing) {
        return existing.stream().map(supplier -> String.valueOf(supplier.get("SupplierNumber")))
                .filter(number -> number.matches("\\d{1,15}")).mapToLong(Long::parseLong).max().orElse(0) + 1;
    }

    private static Map<String, Object> completed(String id, Map<String, Object> supplier, String countryCode,
                                                 String currencyCode, Instant created) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("Id", id);
        json.putAll(supplier);
        json.putIfAbsent("CountryCode", countryCode);
        json.putIfAbsent("CurrencyCode", currencyCode);
        json.putIfAbsent("AutomaticPaymentService", false);
        json.putIfAbsent("UsesPaymentReferenceNumbers", true);
        json.putIfAbsent("ProportionalVat", false);
        json.putIfAbsent("SelfEmployedWithoutFixedAddress", false);
        json.putIfAbsent("UsesAutomaticSupplierInvoiceApproval", false);
        json.putIfAbsent("BankFeeCode", 0);
        json.put("UnpaidInvoicesAmount", JsonValues.money(BigDecimal.ZERO));
        json.put("ApprovalOrderType", 0);
        json.put("CreatedUtc", JsonValues.timestamp(created));
        json.put("ModifiedUtc", JsonValues.timestamp(created));
        return json;
    }

    private static Map<String, Integer> texts() {
        Map<String, Integer> texts = new LinkedHashMap<>();
        for (String field : List.of("Address1", "Address2", "City", "ContactPersonName", "ContactPersonMobile",
                "ContactPersonPhone", "MobilePhone", "Telephone", "BankAccountNumber", "BankBban", "BankBic",
                "BankCode", "BankIban", "BankName")) {
            texts.put(field, 50);
        }
        for (String field : List.of("EmailAddress", "ContactPersonEmail", "WwwAddress")) {
            texts.put(field, 255);
        }
        texts.putAll(Map.of("PostalCode", 10, "BankgiroNumber", 10, "PlusgiroNumber", 10, "Clearing", 5,
                "CountryCode", 2, "BankCountryCode", 2, "CurrencyCode", 3, "CorporateIdentityNumber", 20,
                "VatNumber", 20, "Note", 4000));
        texts.put("OurCustomerNumber", 40);
        texts.put("PurchaseDocumentLanguage", 2);
        return java.util.Collections.unmodifiableMap(texts);
    }
}

package io.github.vismaidentity.emulator.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small chart of accounts in the style of the Swedish BAS plan, and the VAT codes its accounts carry: the
 * same for every emulated company, as a new eAccounting company starts with Visma's standard chart.
 */
final class Chart {

    /** A VAT code: the code Visma reports, its description, its rate in percent and the account it books to. */
    record VatCode(String code, String description, BigDecimal rate, int ossCodeType, long account) {
    }

    /** An account of the chart, the VAT code it books with (may be null), and whether it is still in use. */
    record Account(long number, String name, String vatCode, boolean active) {
    }

    static final List<VatCode> VAT_CODES = List.of(
            new VatCode("10", "Utgående moms 25%", new BigDecimal("25"), 0, 2610),
            new VatCode("11", "Utgående moms 12%", new BigDecimal("12"), 0, 2620),
            new VatCode("12", "Utgående moms 6%", new BigDecimal("6"), 0, 2630),
            new VatCode("39", "Försäljning av tjänster till EU", BigDecimal.ZERO, 1, 3308),
            new VatCode("48", "Ingående moms", new BigDecimal("25"), 0, 2640),
            new VatCode("00", "Momsfri", BigDecimal.ZERO, 0, 0));

    static final List<Account> ACCOUNTS = List.of(
            new Account(1220, "Inventarier och verktyg", null, true),
            new Account(1460, "Lager av handelsvaror", null, true),
            new Account(1510, "Kundfordringar", null, true),
            new Account(1910, "Kassa", null, false),
            new Account(1930, "Företagskonto", null, true),
            new Account(2081, "Aktiekapital", null, true),
            new Account(2091, "Balanserad vinst eller förlust", null, true),
            new Account(2440, "Leverantörsskulder", null, true),
            new Account(2610, "Utgående moms 25%", null, true),
            new Account(2620, "Utgående moms 12%", null, true),
            new Account(2630, "Utgående moms 6%", null, true),
            new Account(2640, "Ingående moms", null, true),
            new Account(2650, "Redovisningskonto för moms", null, true),
            new Account(2710, "Personalskatt", null, true),
            new Account(2731, "Avräkning lagstadgade sociala avgifter", null, true),
            new Account(3001, "Försäljning varor 25% moms", "10", true),
            new Account(3002, "Försäljning varor 12% moms", "11", true),
            new Account(3003, "Försäljning varor 6% moms", "12", true),
            new Account(3041, "Försäljning tjänster 25% moms", "10", true),
            new Account(3308, "Försäljning tjänster till annat EU-land", "39", true),
            new Account(3740, "Öres- och kronutjämning", null, true),
            new Account(4010, "Inköp material och varor", "48", true),
            new Account(5010, "Lokalhyra", "48", true),
            new Account(5020, "El för belysning", "48", true),
            new Account(5410, "Förbrukningsinventarier", "48", true),
            new Account(5460, "Förbrukningsmaterial", "48", true),
            new Account(5611, "Drivmedel för personbilar", "48", true),
            new Account(5800, "Resekostnader", "48", true),
            new Account(6071, "Representation, avdragsgill", "48", true),
            new Account(6110, "Kontorsmateriel", "48", true),
            new Account(6212, "Mobiltelefon", "48", true),
            new Account(6230, "Datakommunikation", "48", true),
            new Account(6530, "Redovisningstjänster", "48", true),
            new Account(6540, "IT-tjänster", "48", true),
            new Account(6570, "Bankkostnader", null, true),
            new Account(7010, "Löner till kollektivanställda", null, true),
            new Account(7510, "Arbetsgivaravgifter", null, true),
            new Account(8310, "Ränteintäkter från omsättningstillgångar", null, true),
            new Account(8410, "Räntekostnader för skulder", null, true),
            new Account(8999, "Årets resultat", null, true));

    private Chart() {
    }

    static Optional<Account> account(long number) {
        return ACCOUNTS.stream().filter(account -> account.number() == number).findFirst();
    }

    static Optional<VatCode> vatCode(String code) {
        return VAT_CODES.stream().filter(vat -> vat.code().equals(code)).findFirst();
    }

    /** {@code VatCodeApi}: the related account of a code that books to none is left out. */
    static Map<String, Object> vatCodeJson(String companyId, VatCode vat) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("Id", JsonValues.stableId(companyId, "vatcode", vat.code()));
        json.put("Code", vat.code());
        json.put("Description", vat.description());
        json.put("VatRate", vat.rate());
        json.put("OssCodeType", vat.ossCodeType());
        Map<String, Object> related = new LinkedHashMap<>();
        if (vat.account() != 0) {
            related.put("AccountNumber1", vat.account());
        }
        json.put("RelatedAccounts", related);
        return json;
    }

    /** {@code AccountApi} of an account in the given fiscal year. */
    static Map<String, Object> accountJson(String companyId, Account account, String fiscalYearId, String createdUtc) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("Name", account.name());
        json.put("Number", String.valueOf(account.number()));
        Optional<VatCode> vat = Optional.ofNullable(account.vatCode()).flatMap(Chart::vatCode);
        vat.ifPresent(code -> {
            json.put("VatCodeId", JsonValues.stableId(companyId, "vatcode", code.code()));
            json.put("VatCodeDescription", code.description());
        });
        json.put("FiscalYearId", fiscalYearId);
        json.put("Type", 0);
        json.put("ModifiedUtc", createdUtc);
        json.put("CreatedUtc", createdUtc);
        json.put("IsActive", account.active());
        json.put("AllowTransactionText", true);
        json.put("IsFirstCostCenterMandatory", false);
        json.put("IsProjectAllowed", true);
        json.put("IsCostCenterAllowed", true);
        json.put("IsBlockedForManualBooking", false);
        return json;
    }
}

package io.github.vismaidentity.emulator.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a company sells: the article account codings (which VAT an article's sales carry), the units, and a
 * handful of seeded articles, the same for every emulated company apart from their ids.
 */
final class Catalogue {

    /**
     * An article account coding: its names, the VAT rate in percent of its sales, whether it codes services,
     * and the account of the chart its domestic sales book to.
     */
    record Coding(String key, String name, String english, BigDecimal vatPercent, boolean service, long account) {
    }

    /** A unit articles are sold in: its name, its code (UN/ECE Recommendation 20) and abbreviations. */
    record Unit(String key, String name, String code, String abbreviation, String english) {
    }

    private record Seeded(String number, String name, String english, String coding, String unit, String netPrice,
                          String purchasePrice) {
    }

    static final List<Coding> CODINGS = List.of(
            new Coding("goods25", "Varor 25% moms", "Goods 25% VAT", new BigDecimal("25"), false, 3001),
            new Coding("services25", "Tjänster 25% moms", "Services 25% VAT", new BigDecimal("25"), true, 3041),
            new Coding("goods12", "Varor 12% moms", "Goods 12% VAT", new BigDecimal("12"), false, 3002),
            new Coding("goods6", "Varor 6% moms", "Goods 6% VAT", new BigDecimal("6"), false, 3003));

    static final List<Unit> UNITS = List.of(
            new Unit("piece", "Styck", "H87", "st", "pcs"),
            new Unit("hour", "Timme", "HUR", "h", "h"),
            new Unit("month", "Månad", "MON", "mån", "mon"));

    private static final List<Seeded> ARTICLES = List.of(
            new Seeded("100", "Konsulttimme", "Consulting hour", "services25", "hour", "950.00", "0"),
            new Seeded("101", "Installation", "Installation", "services25", "hour", "780.00", "0"),
            new Seeded("102", "Support, månadsavgift", "Support, monthly fee", "services25", "month", "1490.00", "0"),
            new Seeded("200", "Skärm 27 tum", "Monitor 27 inch", "goods25", "piece", "3290.00", "2450.00"),
            new Seeded("201", "Tangentbord", "Keyboard", "goods25", "piece", "549.00", "310.00"),
            new Seeded("202", "Laptopställ", "Laptop stand", "goods25", "piece", "399.00", "180.00"),
            new Seeded("300", "Kaffe 500 g", "Coffee 500 g", "goods12", "piece", "89.00", "52.00"),
            new Seeded("400", "Bok: Bokföring från början", "Book: Bookkeeping from scratch", "goods6", "piece",
                    "349.00", "210.00"),
            new Seeded("500", "Frakt", "Freight", "goods25", "piece", "129.00", "0"),
            new Seeded("900", "Gammal supportavgift", "Old support fee", "services25", "month", "990.00", "0"));

    private Catalogue() {
    }

    static String codingId(String companyId, Coding coding) {
        return JsonValues.stableId(companyId, "articleaccountcoding", coding.key());
    }

    static String unitId(String companyId, Unit unit) {
        return JsonValues.stableId(companyId, "unit", unit.key());
    }

    static Optional<Coding> coding(String companyId, String id) {
        return CODINGS.stream().filter(coding -> codingId(companyId, coding).equalsIgnoreCase(id)).findFirst();
    }

    static Optional<Unit> unit(String companyId, String id) {
        return UNITS.stream().filter(unit -> unitId(companyId, unit).equalsIgnoreCase(id)).findFirst();
    }

    /**
     * {@code ArticleAccountCodingApi}: the VAT rate is the code of the VAT code its sales account books with;
     * the accounts of sales abroad and VAT-exempt sales are left out, as the chart has none of them.
     */
    static Map<String, Object> codingJson(String companyId, Coding coding, String changedUtc) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("Id", codingId(companyId, coding));
        json.put("Name", coding.name());
        json.put("NameEnglish", coding.english());
        json.put("Type", coding.service() ? "Service" : "Goods");
        json.put("VatRate", Chart.account(coding.account()).map(Chart.Account::vatCode).orElseThrow());
        json.put("IsActive", true);
        json.put("VatRatePercent", coding.vatPercent());
        json.put("DomesticSalesSubjectToVatAccountNumber", coding.account());
        json.put("ChangedUtc", changedUtc);
        return json;
    }

    /** {@code UnitApi}. */
    static Map<String, Object> unitJson(String companyId, Unit unit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("Id", unitId(companyId, unit));
        json.put("Name", unit.name());
        json.put("Code", unit.code());
        json.put("Abbreviation", unit.abbreviation());
        json.put("AbbreviationEnglish", unit.english());
        return json;
    }

    /** The seeded articles ({@code ArticleApi}); the last one is no longer sold (inactive). */
    static List<Map<String, Object>> articles(String companyId, LocalDate created) {
        List<Map<String, Object>> articles = new ArrayList<>();
        for (Seeded seeded : ARTICLES) {
            Map<String, Object> article = new LinkedHashMap<>();
            article.put("Id", JsonValues.stableId(companyId, "article", seeded.number()));
            article.put("IsActive", !seeded.number().equals("900"));
            article.put("Number", seeded.number());
            article.put("Name", seeded.name());
            article.put("NameEnglish", seeded.english());
            article.put("NetPrice", JsonValues.money(new BigDecimal(seeded.netPrice())));
            article.put("CodingId", codingId(companyId, CODINGS.stream()
                    .filter(coding -> coding.key().equals(seeded.coding())).findFirst().orElseThrow()));
            article.put("UnitId", unitId(companyId, UNITS.stream()
                    .filter(unit -> unit.key().equals(seeded.unit())).findFirst().orElseThrow()));
            article.put("PurchasePrice", JsonValues.money(new BigDecimal(seeded.purchasePrice())));
            article.put("CreatedUtc", JsonValues.timestamp(created));
            article.put("ChangedUtc", JsonValues.timestamp(created));
            articles.add(completed(companyId, article));
        }
        return articles;
    }

    /**
     * An article with what the server derives from its coding and unit: names, gross price, service flag,
     * and the defaults of what the client left out.
     */
    static Map<String, Object> completed(String companyId, Map<String, Object> article) {
        Coding coding = coding(companyId, (String) article.get("CodingId")).orElseThrow();
        Unit unit = unit(companyId, (String) article.get("UnitId")).orElseThrow();
        BigDecimal net = JsonValues.decimal(article.getOrDefault("NetPrice", BigDecimal.ZERO));
        Map<String, Object> json = new LinkedHashMap<>(article);
        json.put("NetPrice", JsonValues.money(net));
        json.put("NetPriceWithDiscount", JsonValues.money(net));
        json.put("GrossPrice", JsonValues.money(net.add(InvoiceMath.vat(net, coding.vatPercent()))));
        json.put("CodingName", coding.name());
        json.put("UnitName", unit.name());
        json.put("UnitAbbreviation", unit.abbreviation());
        json.putIfAbsent("StockBalance", BigDecimal.ZERO);
        json.put("StockBalanceReserved", BigDecimal.ZERO);
        json.put("StockBalanceAvailable", json.get("StockBalance"));
        json.putIfAbsent("PurchasePrice", JsonValues.money(BigDecimal.ZERO));
        json.putIfAbsent("SendToWebshop", true);
        json.putIfAbsent("IsStock", false);
        json.put("IsServiceArticle", coding.service());
        json.put("ShowStockInformation", false);
        return json;
    }
}

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

    /** An article account coding: its name, the VAT rate in percent of its sales, and whether it codes services. */
    record Coding(String key, String name, BigDecimal vatPercent, boolean service) {
    }

    /** A unit articles are sold in. */
    record Unit(String key, String name, String abbreviation) {
    }

    private record Seeded(String number, String name, String english, String coding, String unit, String netPrice,
                          String purchasePrice) {
    }

    static final List<Coding> CODINGS = List.of(
            new Coding("goods25", "Varor 25% moms", new BigDecimal("25"), false),
            new Coding("services25", "Tjänster 25% moms", new BigDecimal("25"), true),
            new Coding("goods12", "Varor 12% moms", new BigDecimal("12"), false),
            new Coding("goods6", "Varor 6% moms", new BigDecimal("6"), false));

    static final List<Unit> UNITS = List.of(
            new Unit("piece", "Styck", "st"),
            new Unit("hour", "Timme", "h"),
            new Unit("month", "Månad", "mån"));

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

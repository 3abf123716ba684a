package io.github.vismaidentity.emulator.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The rows of a customer invoice or invoice draft as a client sends them, checked and priced: an article row
 * names an existing, active article (its price, name, unit and VAT come from it unless the row says otherwise),
 * a text row carries only text. A draft row says which it is ({@code IsTextRow}, required by the description);
 * an invoice row is a text row when it names no article.
 */
final class SalesRows {

    private static final BigDecimal MAX_PRICE = new BigDecimal("99000000");
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");

    /** The rows as the API shows them, and the priced lines their totals come from. */
    record Priced(List<Map<String, Object>> rows, List<InvoiceMath.Line> lines) {
    }

    private final String companyId;
    private final Function<String, Optional<Map<String, Object>>> articles;
    private final Predicate<String> projectExists;

    SalesRows(String companyId, Function<String, Optional<Map<String, Object>>> articles,
              Predicate<String> projectExists) {
        this.companyId = companyId;
        this.articles = articles;
        this.projectExists = projectExists;
    }

    /** The rows of document {@code documentId}; what is wrong with them goes to {@code checks}. */
    Priced price(String documentId, List<Map<String, Object>> requested, boolean draft, Checks checks) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<InvoiceMath.Line> lines = new ArrayList<>();
        for (int index = 0; index < requested.size(); index++) {
            String prefix = "Rows[" + index + "].";
            Map<String, Object> row = requested.get(index);
            boolean textRow;
            if (draft) {
                textRow = checks.requiredBoolean(row, prefix, "IsTextRow").orElse(false);
                checks.requiredBoolean(row, prefix, "ReversedConstructionServicesVatFree");
            } else {
                textRow = row.get("ArticleId") == null;
            }
            Map<String, Object> priced = new LinkedHashMap<>();
            priced.put("Id", JsonValues.stableId(companyId, documentId + "/row", index + 1));
            priced.put("LineNumber", index + 1);
            priced.put("IsTextRow", textRow);
            if (textRow) {
                checks.requiredText(row, prefix, "Text", 2000).ifPresent(text -> priced.put("Text", text));
            } else {
                article(row, prefix, checks).ifPresent(article -> lines.add(priceArticleRow(row, prefix, article,
                        priced, checks)));
            }
            checks.id(row, prefix, "ProjectId", false).ifPresent(project -> {
                if (projectExists.test(project)) {
                    priced.put("ProjectId", project);
                } else {
                    checks.notFound(prefix + "ProjectId", project, "project");
                }
            });
            rows.add(draft ? draftRow(row, priced) : invoiceRow(priced));
        }
        return new Priced(rows, lines);
    }

    /** {@code CustomerInvoiceDraftRowApi} has no VAT-free flag nor amount without VAT, but the unit's name. */
    private static Map<String, Object> draftRow(Map<String, Object> requested, Map<String, Object> priced) {
        priced.keySet().removeAll(List.of("AmountNoVat", "PercentVat", "IsVatFree"));
        priced.put("ReversedConstructionServicesVatFree",
                requested.getOrDefault("ReversedConstructionServicesVatFree", false));
        return priced;
    }

    /** {@code CustomerInvoiceRowApi} has no unit name. */
    private static Map<String, Object> invoiceRow(Map<String, Object> priced) {
        priced.remove("UnitName");
        return priced;
    }

    private Optional<Map<String, Object>> article(Map<String, Object> row, String prefix, Checks checks) {
        Optional<String> id = checks.id(row, prefix, "ArticleId", true);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<Map<String, Object>> article = articles.apply(id.get());
        if (article.isEmpty()) {
            checks.notFound(prefix + "ArticleId", id.get(), "article");
        } else if (!Boolean.TRUE.equals(article.get().get("IsActive"))) {
            checks.invalid(prefix + "ArticleId", "Article " + article.get().get("Number")
                    + " is inactive: activate it or choose another article");
            return Optional.empty();
        }
        return article;
    }

    private InvoiceMath.Line priceArticleRow(Map<String, Object> row, String prefix, Map<String, Object> article,
                                             Map<String, Object> priced, Checks checks) {
        Catalogue.Coding coding = Catalogue.coding(companyId, (String) article.get("CodingId")).orElseThrow();
        Catalogue.Unit unit = Catalogue.unit(companyId, (String) article.get("UnitId")).orElseThrow();
        BigDecimal unitPrice = checks.amount(row, prefix, "UnitPrice", MAX_PRICE.negate(), MAX_PRICE)
                .orElse(JsonValues.decimal(article.get("NetPrice")));
        BigDecimal quantity = checks.decimal(row, prefix, "Quantity", MAX_QUANTITY.negate(), MAX_QUANTITY)
                .orElse(BigDecimal.ONE);
        BigDecimal discount = checks.decimal(row, prefix, "DiscountPercentage", BigDecimal.ZERO, BigDecimal.ONE)
                .orElse(BigDecimal.ZERO);
        BigDecimal amount = InvoiceMath.rowAmount(unitPrice, quantity, discount);
        priced.put("ArticleId", article.get("Id"));
        priced.put("ArticleNumber", article.get("Number"));
        priced.put("IsServiceArticle", coding.service());
        priced.put("Text", checks.text(row, prefix, "Text", 2000).orElse((String) article.get("Name")));
        priced.put("UnitPrice", JsonValues.money(unitPrice));
        priced.put("DiscountPercentage", discount);
        priced.put("Quantity", quantity);
        priced.put("UnitId", article.get("UnitId"));
        priced.put("UnitName", unit.name());
        priced.put("UnitAbbreviation", unit.abbreviation());
        priced.put("VatRate", InvoiceMath.fraction(coding.vatPercent()));
        priced.put("PercentVat", InvoiceMath.fraction(coding.vatPercent()));
        priced.put("AmountNoVat", amount);
        priced.put("Amount", amount);
        priced.put("IsWorkCost", false);
        priced.put("IsVatFree", coding.vatPercent().signum() == 0);
        priced.put("WorkCostType", 0);
        priced.put("GreenTechnologyType", 0);
        return new InvoiceMath.Line(amount, coding.vatPercent());
    }
}

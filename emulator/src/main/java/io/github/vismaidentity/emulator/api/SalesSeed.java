package io.github.vismaidentity.emulator.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A company's seeded sales: customer invoices spread over last year and this year up to today, across its
 * customers, each with one to four article rows; most old ones paid, some overdue; and a few invoice drafts.
 * The same company and day give the same documents (a seeded {@link Random}, ids from {@link JsonValues#stableId}).
 */
final class SalesSeed {

    /** The most invoices a company is seeded with; fewer when it has few customers (three per customer). */
    static final int MAX_INVOICES = 300;
    static final int DRAFTS = 5;

    private final String companyId;
    private final SalesDocuments documents;
    private final List<Map<String, Object>> articles;
    private final Random random;

    SalesSeed(String companyId, SalesDocuments documents, List<Map<String, Object>> articles) {
        this.companyId = companyId;
        this.documents = documents;
        this.articles = articles.stream().filter(article -> Boolean.TRUE.equals(article.get("IsActive"))).toList();
        this.random = new Random(companyId.hashCode());
    }

    List<Map<String, Object>> invoices(List<Map<String, Object>> customers, LocalDate today) {
        int count = (int) Math.min(MAX_INVOICES, 3L * customers.size());
        LocalDate first = LocalDate.of(today.getYear() - 1, 1, 1);
        long span = ChronoUnit.DAYS.between(first, today);
        List<Map<String, Object>> invoices = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            LocalDate date = first.plusDays(span * index / Math.max(1, count));
            Map<String, Object> customer = customers.get(random.nextInt(customers.size()));
            Map<String, Object> body = request(customer, date);
            Checks checks = new Checks();
            Map<String, Object> invoice = documents.invoice(JsonValues.stableId(companyId, "customerinvoice", index + 1),
                    body, checks, index + 1, date.atTime(12, 0).toInstant(ZoneOffset.UTC), date);
            if (!checks.ok()) {
                throw new IllegalStateException("A seeded invoice breaks the emulator's rules: " + checks.problems());
            }
            invoices.add(paymentAsOf(invoice, today));
        }
        return invoices;
    }

    List<Map<String, Object>> drafts(List<Map<String, Object>> customers, LocalDate today) {
        List<Map<String, Object>> drafts = new ArrayList<>();
        for (int index = 0; index < Math.min(DRAFTS, customers.size()); index++) {
            Map<String, Object> body = request(customers.get(random.nextInt(customers.size())), null);
            for (Object row : (List<?>) body.get("Rows")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> draftRow = (Map<String, Object>) row;
                draftRow.put("IsTextRow", false);
                draftRow.put("ReversedConstructionServicesVatFree", false);
            }
            Checks checks = new Checks();
            LocalDate created = today.minusDays(index * 3L);
            drafts.add(documents.draft(JsonValues.stableId(companyId, "customerinvoicedraft", index + 1), body, checks,
                    created.atTime(9, 30).toInstant(ZoneOffset.UTC), created));
            if (!checks.ok()) {
                throw new IllegalStateException("A seeded draft breaks the emulator's rules: " + checks.problems());
            }
        }
        return drafts;
    }

    private Map<String, Object> request(Map<String, Object> customer, LocalDate date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("CustomerId", customer.get("Id"));
        body.put("EuThirdParty", false);
        body.put("RotReducedInvoicingType", 0);
        if (date != null) {
            body.put("InvoiceDate", date.toString());
        }
        body.put("OurReference", "Demo User");
        List<Map<String, Object>> rows = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int row = 0; row < count; row++) {
            Map<String, Object> article = articles.get(random.nextInt(articles.size()));
            Map<String, Object> requested = new LinkedHashMap<>();
            requested.put("ArticleId", article.get("Id"));
            requested.put("Quantity", BigDecimal.valueOf(1 + random.nextInt(article.get("UnitId")
                    .equals(Catalogue.unitId(companyId, Catalogue.UNITS.get(1))) ? 40 : 5)));
            rows.add(requested);
        }
        body.put("Rows", rows);
        return body;
    }

    /** Invoices long due are mostly paid (a few days before due); the others due before today are overdue. */
    private Map<String, Object> paymentAsOf(Map<String, Object> invoice, LocalDate today) {
        LocalDate due = JsonValues.readDate(invoice.get("DueDate"));
        if (due.isBefore(today.minusDays(14)) && random.nextInt(15) != 0) {
            invoice.put("PaymentStatus", 0);
            invoice.put("PaymentDate", JsonValues.date(due.minusDays(random.nextInt(6))));
            invoice.put("RemainingAmount", JsonValues.money(BigDecimal.ZERO));
            invoice.put("RemainingAmountInvoiceCurrency", JsonValues.money(BigDecimal.ZERO));
        } else if (due.isBefore(today)) {
            invoice.put("PaymentStatus", 2);
        }
        return invoice;
    }
}

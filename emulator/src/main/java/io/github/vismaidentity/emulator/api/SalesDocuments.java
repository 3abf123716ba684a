package io.github.vismaidentity.emulator.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Customer invoices and invoice drafts as a client creates them: the description's required fields
 * ({@code CustomerId}, {@code EuThirdParty}, {@code RotReducedInvoicingType}, and rows for an invoice), an
 * existing customer and terms of payment, at most the schema's lengths; then what the server fills in (the
 * customer's name and address, totals, VAT specification, dates, the invoice number).
 */
final class SalesDocuments {

    /** The string fields both documents check, with their maximum lengths from the description. */
    private static final Map<String, Integer> TEXTS = new TreeMap<>(Map.of("YourReference", 100,
            "OurReference", 100, "BuyersOrderReference", 35, "ElectronicReference", 100, "SubscriptionNumber", 100,
            "ContractNumber", 100, "InvoiceAddress1", 50, "InvoiceAddress2", 50, "DeliveryAddress1", 50,
            "DeliveryAddress2", 50));

    /** What a document refers to: the company's customers, its terms of payment (their days), its articles. */
    record Context(String companyId, String currencyCode, Function<String, Optional<Map<String, Object>>> customers,
                   Function<String, Optional<Integer>> termsDays, SalesRows rows) {
    }

    private final Context context;

    SalesDocuments(Context context) {
        this.context = context;
    }

    /** {@code CustomerInvoiceApi} with number {@code number}, created now. */
    Map<String, Object> invoice(String id, Map<String, Object> body, Checks checks, int number, Instant now,
                                LocalDate today) {
        Map<String, Object> invoice = header(id, body, checks, false, now, today);
        SalesRows.Priced priced = context.rows().price(id, checks.rows(body, "Rows", true), false, checks);
        InvoiceMath.Totals totals = InvoiceMath.totals(priced.lines());
        invoice.put("InvoiceNumber", number);
        invoice.put("CurrencyCode", context.currencyCode());
        invoice.put("TotalAmount", totals.total());
        invoice.put("TotalVatAmount", totals.vat());
        invoice.put("TotalRoundings", JsonValues.money(BigDecimal.ZERO));
        invoice.put("TotalAmountInvoiceCurrency", totals.total());
        invoice.put("TotalVatAmountInvoiceCurrency", totals.vat());
        invoice.put("SetOffAmountInvoiceCurrency", JsonValues.money(BigDecimal.ZERO));
        invoice.put("Rows", priced.rows());
        invoice.put("VatSpecification", totals.vatSpecification());
        invoice.put("PaymentStatus", 1);
        invoice.put("RemainingAmount", totals.total());
        invoice.put("RemainingAmountInvoiceCurrency", totals.total());
        checks.id(body, "", "CreatedFromDraftId", false).ifPresent(draft -> invoice.put("CreatedFromDraftId", draft));
        invoice.put("ModifiedUtc", invoice.get("CreatedUtc"));
        return invoice;
    }

    /** {@code CustomerInvoiceDraftApi}, created now; a draft may have no rows yet. */
    Map<String, Object> draft(String id, Map<String, Object> body, Checks checks, Instant now, LocalDate today) {
        Map<String, Object> draft = header(id, body, checks, true, now, today);
        SalesRows.Priced priced = context.rows().price(id, checks.rows(body, "Rows", false), true, checks);
        InvoiceMath.Totals totals = InvoiceMath.totals(priced.lines());
        draft.remove("CustomerEmail");
        draft.put("InvoiceCurrencyCode", context.currencyCode());
        draft.put("Rows", priced.rows());
        draft.put("TotalAmount", totals.total());
        draft.put("TotalVatAmount", totals.vat());
        draft.put("TotalRoundings", JsonValues.money(BigDecimal.ZERO));
        draft.put("TotalAmountBaseCurrency", totals.total());
        draft.put("TotalVatAmountBaseCurrency", totals.vat());
        return draft;
    }

    /** What converting a draft sends as an invoice: its header and rows, and the draft it came from. */
    static Map<String, Object> invoiceRequestOf(Map<String, Object> draft) {
        Map<String, Object> request = new LinkedHashMap<>(draft);
        List<String> derived = List.of("Id", "CreatedUtc", "InvoiceCurrencyCode", "TotalAmount", "TotalVatAmount",
                "TotalRoundings", "TotalAmountBaseCurrency", "TotalVatAmountBaseCurrency");
        request.keySet().removeAll(derived);
        request.put("CreatedFromDraftId", draft.get("Id"));
        return request;
    }

    private Map<String, Object> header(String id, Map<String, Object> body, Checks checks, boolean draft,
                                       Instant now, LocalDate today) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("Id", id);
        Optional<Map<String, Object>> customer = checks.id(body, "", "CustomerId", true).flatMap(customerId -> {
            Optional<Map<String, Object>> found = context.customers().apply(customerId);
            if (found.isEmpty()) {
                checks.notFound("CustomerId", customerId, "customer");
            }
            return found;
        });
        document.put("CustomerId", customer.map(found -> found.get("Id")).orElse(body.get("CustomerId")));
        document.put("EuThirdParty", checks.requiredBoolean(body, "", "EuThirdParty").orElse(false));
        document.put("IsCreditInvoice", checks.bool(body, "", "IsCreditInvoice").orElse(false));
        long rotType = checks.whole(body, "", "RotReducedInvoicingType", 0, 2, true).orElse(0L);
        document.put("RotReducedInvoicingType", rotType);
        if (rotType != 0 && !(body.get("Persons") instanceof List<?> persons && !persons.isEmpty())) {
            checks.add("Persons", Checks.REQUIRED, "Persons is required for a ROT or RUT invoice"
                    + " (RotReducedInvoicingType " + rotType + ")");
        }
        TEXTS.forEach((field, max) -> checks.text(body, "", field, max).ifPresent(text -> document.put(field, text)));
        String termsId = checks.id(body, "", "TermsOfPaymentId", false)
                .or(() -> customer.map(found -> (String) found.get("TermsOfPaymentId"))).orElse(null);
        int days = termsId == null ? 30 : context.termsDays().apply(termsId).orElseGet(() -> {
            checks.notFound("TermsOfPaymentId", termsId, "terms of payment");
            return 30;
        });
        if (termsId != null) {
            document.put("TermsOfPaymentId", termsId);
        }
        Optional<LocalDate> invoiceDate = checks.date(body, "", "InvoiceDate");
        Optional<LocalDate> dueDate = checks.date(body, "", "DueDate");
        if (!draft || invoiceDate.isPresent()) {
            LocalDate invoiced = invoiceDate.orElse(today);
            document.put("InvoiceDate", JsonValues.date(invoiced));
            document.put("DueDate", JsonValues.date(dueDate.orElse(invoiced.plusDays(days))));
        }
        checks.date(body, "", "DeliveryDate").ifPresent(date -> document.put("DeliveryDate", JsonValues.date(date)));
        customer.ifPresent(found -> fromCustomer(document, found, body));
        document.put("IncludesVat", false);
        document.put("ReplaceUnitPriceWhenZero", checks.bool(body, "", "ReplaceUnitPriceWhenZero").orElse(false));
        document.put("CreatedUtc", JsonValues.timestamp(now));
        return document;
    }

    private static void fromCustomer(Map<String, Object> document, Map<String, Object> customer,
                                     Map<String, Object> body) {
        document.put("CustomerNumber", customer.get("CustomerNumber"));
        document.put("CustomerName", customer.get("Name"));
        document.put("InvoiceCustomerName", customer.get("Name"));
        for (String field : List.of("InvoiceAddress1", "InvoiceAddress2", "InvoicePostalCode", "InvoiceCity",
                "InvoiceCountryCode")) {
            Object value = body.get(field) != null ? body.get(field) : customer.get(field);
            if (value != null) {
                document.put(field, value);
            }
        }
        if (customer.get("EmailAddress") != null) {
            document.put("CustomerEmail", customer.get("EmailAddress"));
        }
        document.put("CustomerIsPrivatePerson", Boolean.TRUE.equals(customer.get("IsPrivatePerson")));
    }
}

package io.github.vismaidentity.emulator.api;

import io.github.vismaidentity.emulator.directory.Company;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code GET termsofpayments} and {@code GET termsofpayments/{id}} ({@code TermsOfPaymentApi}): a
 * company's fixed terms, readable with a sales or purchase scope. Customers refer to them by
 * {@code TermsOfPaymentId}.
 */
final class TermsOfPayments implements ApiResource {

    static final String TABLE = "termsofpayments";

    static final QueryFields FIELDS = QueryFields.of(TABLE)
            .field("Name", FieldType.STRING)
            .properties(Set.of("Id", "Name", "NameEnglish", "NumberOfDays", "TermsOfPaymentTypeId",
                    "TermsOfPaymentTypeText", "AvailableForSales", "AvailableForPurchase"));

    private record Term(String swedish, String norwegian, String english, int days, int type, String typeText) {
    }

    /** Type ids as the description lists them: 0 Normal, 1 CurrentMonth, 2 Cash, 3 CardPayment. */
    private static final List<Term> TERMS = List.of(
            new Term("30 dagar netto", "30 dager netto", "30 days net", 30, 0, "Normal"),
            new Term("10 dagar netto", "10 dager netto", "10 days net", 10, 0, "Normal"),
            new Term("15 dagar netto", "15 dager netto", "15 days net", 15, 0, "Normal"),
            new Term("20 dagar netto", "20 dager netto", "20 days net", 20, 0, "Normal"),
            new Term("Innevarande månad + 30 dagar", "Inneværende måned + 30 dager", "Current month + 30 days",
                    30, 1, "CurrentMonth"),
            new Term("Kontant", "Kontant", "Cash", 0, 2, "Cash"),
            new Term("Kortbetalning", "Kortbetaling", "Card payment", 0, 3, "CardPayment"));

    @Override
    public void register(ApiRoutes routes) {
        Set<String> read = Scopes.read(Scopes.SALES, Scopes.PURCHASE);
        routes.get("termsofpayments", read, request -> request.page(FIELDS, table(request).all()))
                .get("termsofpayments/{id}", read,
                        request -> request.ok(table(request).require("terms of payment", request.id("id", "terms of payment"))));
    }

    static Records table(ApiRequest request) {
        return request.table(TABLE, TermsOfPayments::seed);
    }

    /** The company's terms, the first ("30 days net") being what seeded customers use. */
    static List<Map<String, Object>> seed(Company company) {
        List<Map<String, Object>> terms = new ArrayList<>();
        for (int i = 0; i < TERMS.size(); i++) {
            Term term = TERMS.get(i);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("Id", id(company, i));
            json.put("Name", company.countryCode().equals("NO") ? term.norwegian()
                    : company.countryCode().equals("SE") ? term.swedish() : term.english());
            json.put("NameEnglish", term.english());
            json.put("NumberOfDays", term.days());
            json.put("TermsOfPaymentTypeId", term.type());
            json.put("TermsOfPaymentTypeText", term.typeText());
            json.put("AvailableForSales", true);
            json.put("AvailableForPurchase", term.type() != 3);
            terms.add(json);
        }
        return terms;
    }

    /** The id of the company's n-th term, the same every start. */
    static String id(Company company, int index) {
        return UUID.nameUUIDFromBytes((company.id() + "/termsofpayment/" + index).getBytes(StandardCharsets.UTF_8)).toString();
    }
}

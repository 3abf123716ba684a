package io.github.vismaidentity.emulator.api;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@code customers}: list (filter and order by {@code Name}, {@code CustomerNumber}, {@code EmailAddress},
 * {@code IsActive}, {@code ChangedUtc}), get, create and replace, with {@code CustomerApi}'s rules.
 * Reads accept {@code ea:sales} or {@code ea:sales_readonly}, writes only {@code ea:sales}.
 */
final class Customers implements ApiResource {

    static final String TABLE = "customers";
    private static final String WHAT = "customer";

    static final QueryFields FIELDS = QueryFields.of(TABLE)
            .field("Name", FieldType.STRING)
            .field("CustomerNumber", FieldType.STRING)
            .field("EmailAddress", FieldType.STRING)
            .field("IsActive", FieldType.BOOLEAN)
            .field("ChangedUtc", FieldType.INSTANT)
            .properties(Set.copyOf(CustomerSchema.PROPERTIES));

    @Override
    public void register(ApiRoutes routes) {
        Set<String> read = Scopes.read(Scopes.SALES);
        Set<String> write = Scopes.write(Scopes.SALES);
        routes.get(TABLE, read, request -> request.page(FIELDS, table(request).all(), view(request)))
                .get(TABLE + "/{customerId}", read,
                        request -> request.ok(view(request).apply(table(request).require(WHAT, request.id("customerId", WHAT)))))
                .post(TABLE, write, request -> request.created(view(request).apply(save(request, Optional.empty()))))
                .put(TABLE + "/{customerId}", write, request -> {
                    String id = request.id("customerId", WHAT);
                    Map<String, Object> current = table(request).require(WHAT, id);
                    request.ok(view(request).apply(save(request, Optional.of(current))));
                });
    }

    /** The company's customers, seeded with {@link CustomerSeed} on first use. */
    static Records table(ApiRequest request) {
        return request.table(TABLE, company -> CustomerSeed.customers(company, TermsOfPayments.id(company, 0)));
    }

    /**
     * Validates the body and stores the customer: a new one ({@code current} empty) gets a new {@code Id}
     * and, without a {@code CustomerNumber}, the next free number; a replaced one keeps its {@code Id}
     * and, without one, its number. Either way {@code ChangedUtc} is now.
     */
    private static Map<String, Object> save(ApiRequest request, Optional<Map<String, Object>> current)
            throws ApiError, io.github.vismaidentity.emulator.http.HttpProblem {
        JsonBody body = request.body();
        Map<String, Object> customer = new HashMap<>(CustomerSchema.read(body));
        Object termsId = customer.get("TermsOfPaymentId");
        if (termsId != null && TermsOfPayments.table(request).get(termsId.toString()).isEmpty()) {
            body.error("TermsOfPaymentId", FieldError.NOT_FOUND,
                    "TermsOfPaymentId " + termsId + " is not a terms of payment of this company; see GET /v2/termsofpayments");
        }
        String id = current.map(existing -> existing.get("Id").toString()).orElseGet(() -> UUID.randomUUID().toString());
        customer.put("Id", id);
        customer.putIfAbsent("CurrencyCode", CompanyData.currency(request.company()));
        customer.put("ChangedUtc", request.now().truncatedTo(ChronoUnit.MILLIS).toString());
        return table(request).atomically(records -> {
            Object number = customer.get("CustomerNumber");
            if (number == null) {
                customer.put("CustomerNumber", current.map(existing -> existing.get("CustomerNumber"))
                        .orElseGet(() -> nextNumber(records)));
            } else if (records.any(other -> number.equals(other.get("CustomerNumber")) && !id.equals(other.get("Id")))) {
                body.error("CustomerNumber", FieldError.INVALID_VALUE,
                        "CustomerNumber " + number + " is already another customer's; leave it out to get the next free one");
            }
            body.validate();
            return records.put(Map.copyOf(customer));
        });
    }

    /** One more than the highest numeric customer number (1 for the first). */
    private static String nextNumber(Records records) {
        long highest = 0;
        for (Map<String, Object> customer : records.all()) {
            Object number = customer.get("CustomerNumber");
            if (number instanceof String text && text.matches("\\d{1,15}")) {
                highest = Math.max(highest, Long.parseLong(text));
            }
        }
        return String.valueOf(highest + 1);
    }

    private static java.util.function.Function<Map<String, Object>, Map<String, Object>> view(ApiRequest request) {
        Records terms = TermsOfPayments.table(request);
        return stored -> CustomerSchema.view(stored, Optional.ofNullable(stored.get("TermsOfPaymentId"))
                .flatMap(termsId -> terms.get(termsId.toString())));
    }
}

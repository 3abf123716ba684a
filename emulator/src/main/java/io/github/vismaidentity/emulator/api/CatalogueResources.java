package io.github.vismaidentity.emulator.api;

import java.util.Set;

/**
 * The catalogue's read-only resources: {@code articleaccountcodings} (GET, GET {articleAccountCodingId}) and
 * {@code units} (GET, GET {id}), each read with {@code ea:sales} or {@code ea:sales_readonly}, as Visma's
 * description lists. They are the codings and units the seeded articles reference, what an article is created on.
 * The codings' {@code vatRateDate} parameter is accepted and ignored: the emulated VAT rates never change.
 */
final class CatalogueResources implements ApiResource {

    static final QueryFields CODINGS = QueryFields.of("articleaccountcodings")
            .field("Name", FieldType.STRING).field("IsActive", FieldType.BOOLEAN)
            .properties(BookSchemas.CODING);
    static final QueryFields UNITS = QueryFields.of("units")
            .field("Name", FieldType.STRING).field("Code", FieldType.STRING)
            .properties(BookSchemas.UNIT);

    private static final String CODING = "article account coding";

    private final Ledgers ledgers;

    CatalogueResources(Ledgers ledgers) {
        this.ledgers = ledgers;
    }

    @Override
    public void register(ApiRoutes routes) {
        Set<String> read = Scopes.read(Scopes.SALES);
        routes.get("articleaccountcodings", read, request -> request.page(CODINGS, ledgers.of(request).codings()))
                .get("articleaccountcodings/{articleAccountCodingId}", read, request -> request.ok(Ledgers.byId(
                        ledgers.of(request).codings(), CODING, request.id("articleAccountCodingId", CODING))))
                .get("units", read, request -> request.page(UNITS, ledgers.of(request).units()))
                .get("units/{id}", read, request -> request.ok(Ledgers.byId(ledgers.of(request).units(), "unit",
                        request.id("id", "unit"))));
    }
}

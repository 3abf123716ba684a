package io.github.vismaidentity.emulator.api;

import java.util.Set;

/**
 * The sales resources: {@code articles} (GET, GET {articleId}, POST), {@code projects} (GET, GET {id}, POST;
 * read with any area's scope, created with {@code ea:accounting}), {@code customerinvoicedrafts} (GET, GET {id},
 * POST, POST {id}/convert) and {@code customerinvoices} (GET, GET {invoiceId}, POST). The scopes are those of
 * Visma's description, which lists {@code ea:sales_readonly} too for creating a customer invoice.
 */
final class SalesResources implements ApiResource {

    static final QueryFields ARTICLES = QueryFields.of("articles")
            .field("Name", FieldType.STRING).field("Number", FieldType.STRING)
            .field("IsActive", FieldType.BOOLEAN).field("ChangedUtc", FieldType.INSTANT);
    static final QueryFields PROJECTS = QueryFields.of("projects")
            .field("Name", FieldType.STRING).field("Number", FieldType.STRING);
    static final QueryFields DRAFTS = QueryFields.of("customerinvoicedrafts")
            .field("CustomerId", FieldType.UUID).field("CreatedUtc", FieldType.INSTANT);
    static final QueryFields INVOICES = QueryFields.of("customerinvoices")
            .field("InvoiceNumber", FieldType.INTEGER).field("InvoiceDate", FieldType.DATE)
            .field("DueDate", FieldType.DATE).field("CustomerId", FieldType.UUID)
            .field("ModifiedUtc", FieldType.INSTANT);

    private static final String DRAFT = "customer invoice draft";

    private final Ledgers ledgers;

    SalesResources(Ledgers ledgers) {
        this.ledgers = ledgers;
    }

    @Override
    public void register(ApiRoutes routes) {
        Set<String> read = Scopes.read(Scopes.SALES);
        Set<String> write = Scopes.write(Scopes.SALES);
        Set<String> anyArea = Scopes.read(Scopes.ACCOUNTING, Scopes.SALES, Scopes.PURCHASE);
        routes.get("articles", read, request -> request.page(ARTICLES, ledgers.of(request).articles.all()))
                .get("articles/{articleId}", read, request -> request.ok(ledgers.of(request).articles
                        .require("article", request.id("articleId", "article"))))
                .post("articles", write, request -> request.created(
                        ledgers.of(request).createArticle(request.body().asMap(), request.now())))
                .get("projects", anyArea, request -> request.page(PROJECTS, ledgers.of(request).projects.all()))
                .get("projects/{id}", anyArea, request -> request.ok(ledgers.of(request).projects
                        .require("project", request.id("id", "project"))))
                .post("projects", Scopes.write(Scopes.ACCOUNTING), request -> request.created(
                        ledgers.of(request).createProject(request.body().asMap(), request.now())))
                .get("customerinvoicedrafts", read, request -> request.page(DRAFTS, ledgers.of(request).drafts.all()))
                .get("customerinvoicedrafts/{customerInvoiceDraftId}", read, request -> request.ok(
                        ledgers.of(request).drafts.require(DRAFT, request.id("customerInvoiceDraftId", DRAFT))))
                .post("customerinvoicedrafts", write, request -> request.created(
                        ledgers.of(request).createDraft(request.body().asMap(), request.now())))
                .post("customerinvoicedrafts/{customerInvoiceDraftId}/convert", write, request -> {
                    String id = request.id("customerInvoiceDraftId", DRAFT);
                    request.created(Ledgers.found(ledgers.of(request).convertDraft(id, request.now()), DRAFT, id));
                })
                .get("customerinvoices", read, request -> request.page(INVOICES, ledgers.of(request).invoices.all()))
                .get("customerinvoices/{invoiceId}", read, request -> request.ok(ledgers.of(request).invoices
                        .require("customer invoice", request.id("invoiceId", "customer invoice"))))
                .post("customerinvoices", read, request -> request.created(
                        ledgers.of(request).createInvoice(request.body().asMap(), request.now())));
    }
}

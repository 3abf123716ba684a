package io.github.vismaidentity.emulator.api;

import java.util.Set;

/**
 * The purchase resources: {@code suppliers} (GET, GET {id}, POST), {@code supplierinvoices} (GET, GET {id}),
 * reads with {@code ea:purchase} or {@code ea:purchase_readonly}, the create with {@code ea:purchase}; and
 * {@code attachments} (POST, GET {attachmentId}) and {@code attachmentlinks} (POST), which take a purchase or
 * an accounting scope, as Visma's description lists.
 */
final class PurchaseResources implements ApiResource {

    static final QueryFields SUPPLIERS = QueryFields.of("suppliers")
            .field("Name", FieldType.STRING).field("SupplierNumber", FieldType.STRING)
            .field("IsActive", FieldType.BOOLEAN).field("ModifiedUtc", FieldType.INSTANT);
    static final QueryFields SUPPLIER_INVOICES = QueryFields.of("supplierinvoices")
            .field("InvoiceNumber", FieldType.STRING).field("InvoiceDate", FieldType.DATE)
            .field("DueDate", FieldType.DATE).field("SupplierId", FieldType.UUID);

    private final Ledgers ledgers;

    PurchaseResources(Ledgers ledgers) {
        this.ledgers = ledgers;
    }

    @Override
    public void register(ApiRoutes routes) {
        Set<String> read = Scopes.read(Scopes.PURCHASE);
        Set<String> write = Scopes.write(Scopes.PURCHASE);
        routes.get("suppliers", read, request -> request.page(SUPPLIERS, ledgers.of(request).suppliers.all()))
                .get("suppliers/{id}", read, request -> request.ok(ledgers.of(request).suppliers
                        .require("supplier", request.id("id", "supplier"))))
                .post("suppliers", write, request -> request.created(
                        ledgers.of(request).createSupplier(request.body().asMap(), request.now())))
                .get("supplierinvoices", read, request -> request.page(SUPPLIER_INVOICES,
                        ledgers.of(request).supplierInvoices.all()))
                .get("supplierinvoices/{id}", read, request -> request.ok(ledgers.of(request).supplierInvoices
                        .require("supplier invoice", request.id("id", "supplier invoice"))))
                .post("attachments", Scopes.write(Scopes.PURCHASE, Scopes.ACCOUNTING), request -> request.created(
                        ledgers.of(request).upload(request.body().asMap(), request.user().name(), request.now())))
                .get("attachments/{attachmentId}", Scopes.read(Scopes.PURCHASE, Scopes.ACCOUNTING),
                        request -> request.ok(ledgers.of(request).attachments
                                .require("attachment", request.id("attachmentId", "attachment"))))
                .post("attachmentlinks", Scopes.write(Scopes.ACCOUNTING, Scopes.PURCHASE),
                        request -> request.ok(ledgers.of(request).link(request.body().asMap())));
    }
}

package io.github.vismaidentity.eaccounting.resources;

import io.github.vismaidentity.eaccounting.Field;
import io.github.vismaidentity.eaccounting.http.ApiCalls;
import io.github.vismaidentity.eaccounting.http.Operation;
import io.github.vismaidentity.eaccounting.model.SupplierInvoice;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The company's supplier invoices ({@code /v2/supplierinvoices}; need {@code ea:purchase} or
 * {@code ea:purchase_readonly}); read only here.
 */
public final class SupplierInvoices extends Listing<SupplierInvoice> {

    /** {@code InvoiceNumber}. */
    public static final Field.Text INVOICE_NUMBER = Field.string("InvoiceNumber");
    /** {@code InvoiceDate}. */
    public static final Field<LocalDate> INVOICE_DATE = Field.date("InvoiceDate");
    /** {@code DueDate}. */
    public static final Field<LocalDate> DUE_DATE = Field.date("DueDate");
    /** {@code SupplierId}. */
    public static final Field<UUID> SUPPLIER_ID = Field.uuid("SupplierId");

    /** Made by {@code EAccountingClient.supplierInvoices()}. */
    public SupplierInvoices(ApiCalls calls) {
        super(calls, Operation.SUPPLIER_INVOICES_LIST, SupplierInvoice.class);
    }

    /**
     * The supplier invoice with this id.
     *
     * @throws io.github.vismaidentity.eaccounting.ResourceNotFoundException when the company has none
     */
    public SupplierInvoice get(UUID id) {
        return one(Operation.SUPPLIER_INVOICES_GET, SupplierInvoice.class, id);
    }
}

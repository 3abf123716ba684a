package io.github.vismaidentity.eaccounting.resources;

import io.github.vismaidentity.eaccounting.Field;
import io.github.vismaidentity.eaccounting.http.ApiCalls;
import io.github.vismaidentity.eaccounting.http.Operation;
import io.github.vismaidentity.eaccounting.model.CustomerInvoice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The company's customer invoices ({@code /v2/customerinvoices}; need {@code ea:sales} or {@code ea:sales_readonly}).
 * Visma's {@code CustomerInvoiceApi} has no {@code ChangedUtc}: its change time is {@code ModifiedUtc}
 * ({@link #MODIFIED_UTC}). To invoice from a draft, use {@code customerInvoiceDrafts().convert}.
 */
public final class CustomerInvoices extends Listing<CustomerInvoice> {

    /** {@code InvoiceNumber}. */
    public static final Field<Integer> INVOICE_NUMBER = Field.integer("InvoiceNumber");
    /** {@code InvoiceDate}. */
    public static final Field<LocalDate> INVOICE_DATE = Field.date("InvoiceDate");
    /** {@code DueDate}. */
    public static final Field<LocalDate> DUE_DATE = Field.date("DueDate");
    /** {@code CustomerId}. */
    public static final Field<UUID> CUSTOMER_ID = Field.uuid("CustomerId");
    /** {@code ModifiedUtc}: when the invoice last changed. */
    public static final Field<Instant> MODIFIED_UTC = Field.instant("ModifiedUtc");

    /** Made by {@code EAccountingClient.customerInvoices()}. */
    public CustomerInvoices(ApiCalls calls) {
        super(calls, Operation.CUSTOMER_INVOICES_LIST, CustomerInvoice.class);
    }

    /**
     * The customer invoice with this id.
     *
     * @throws io.github.vismaidentity.eaccounting.ResourceNotFoundException when the company has none
     */
    public CustomerInvoice get(UUID invoiceId) {
        return one(Operation.CUSTOMER_INVOICES_GET, CustomerInvoice.class, invoiceId);
    }

    /**
     * Creates the invoice and returns it as Visma stored it (with its id).
     * Visma books it at once; create a draft instead to look at it first.
     *
     * @throws io.github.vismaidentity.eaccounting.ValidationFailedException naming each field Visma refused
     */
    public CustomerInvoice create(CustomerInvoice customerInvoice) {
        return calls.send(Operation.CUSTOMER_INVOICES_CREATE, Objects.requireNonNull(customerInvoice, "customerInvoice"), CustomerInvoice.class);
    }
}

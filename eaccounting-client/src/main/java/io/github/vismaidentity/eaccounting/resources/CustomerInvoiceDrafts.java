package io.github.vismaidentity.eaccounting.resources;

import io.github.vismaidentity.eaccounting.Field;
import io.github.vismaidentity.eaccounting.http.ApiCalls;
import io.github.vismaidentity.eaccounting.http.Operation;
import io.github.vismaidentity.eaccounting.model.CustomerInvoice;
import io.github.vismaidentity.eaccounting.model.CustomerInvoiceDraft;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The company's customer invoice drafts ({@code /v2/customerinvoicedrafts}; reads need {@code ea:sales} or
 * {@code ea:sales_readonly}, writes {@code ea:sales}): create one, look at it, then {@link #convert} it into a booked
 * customer invoice.
 */
public final class CustomerInvoiceDrafts extends Listing<CustomerInvoiceDraft> {

    /** {@code CustomerId}. */
    public static final Field<UUID> CUSTOMER_ID = Field.uuid("CustomerId");
    /** {@code CreatedUtc}: when the draft was made. */
    public static final Field<Instant> CREATED_UTC = Field.instant("CreatedUtc");

    /** Made by {@code EAccountingClient.customerInvoiceDrafts()}. */
    public CustomerInvoiceDrafts(ApiCalls calls) {
        super(calls, Operation.CUSTOMER_INVOICE_DRAFTS_LIST, CustomerInvoiceDraft.class);
    }

    /**
     * The draft with this id.
     *
     * @throws io.github.vismaidentity.eaccounting.ResourceNotFoundException when the company has none (a converted
     *                                                                        draft is gone)
     */
    public CustomerInvoiceDraft get(UUID invoiceDraftId) {
        return one(Operation.CUSTOMER_INVOICE_DRAFTS_GET, CustomerInvoiceDraft.class, invoiceDraftId);
    }

    /**
     * Creates the draft and returns it as Visma stored it (with its id and amounts).
     *
     * @throws io.github.vismaidentity.eaccounting.ValidationFailedException naming each field Visma refused
     */
    public CustomerInvoiceDraft create(CustomerInvoiceDraft draft) {
        return calls.send(Operation.CUSTOMER_INVOICE_DRAFTS_CREATE, Objects.requireNonNull(draft, "draft"),
                CustomerInvoiceDraft.class);
    }

    /**
     * Turns the draft into a customer invoice, booked by Visma, and returns the invoice; the draft is gone after.
     * Sends no amounts to check against (Visma's optional {@code CustomerInvoiceDraftValidationApi}).
     *
     * @throws io.github.vismaidentity.eaccounting.ResourceNotFoundException when the company has no such draft
     * @throws io.github.vismaidentity.eaccounting.ValidationFailedException when Visma cannot invoice it as it is
     */
    public CustomerInvoice convert(UUID customerInvoiceDraftId) {
        return calls.send(Operation.CUSTOMER_INVOICE_DRAFTS_CONVERT, Map.of(), CustomerInvoice.class,
                Objects.requireNonNull(customerInvoiceDraftId, "customerInvoiceDraftId"));
    }
}

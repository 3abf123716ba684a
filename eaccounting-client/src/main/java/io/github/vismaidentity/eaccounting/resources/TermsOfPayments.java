package io.github.vismaidentity.eaccounting.resources;

import io.github.vismaidentity.eaccounting.Field;
import io.github.vismaidentity.eaccounting.http.ApiCalls;
import io.github.vismaidentity.eaccounting.http.Operation;
import io.github.vismaidentity.eaccounting.model.TermsOfPayment;

import java.util.UUID;

/**
 * Terms of payment ({@code /v2/termsofpayments}; needs {@code ea:sales}, {@code ea:purchase} or their read-only
 * forms): a customer's or supplier's {@code TermsOfPaymentId} is one of these.
 */
public final class TermsOfPayments extends Listing<TermsOfPayment> {

    /** {@code Name}. */
    public static final Field.Text NAME = Field.string("Name");

    /** Made by {@code EAccountingClient.termsOfPayments()}. */
    public TermsOfPayments(ApiCalls calls) {
        super(calls, Operation.TERMS_OF_PAYMENTS_LIST, TermsOfPayment.class);
    }

    /**
     * The terms with this id.
     *
     * @throws io.github.vismaidentity.eaccounting.ResourceNotFoundException when the company has no such terms
     */
    public TermsOfPayment get(UUID id) {
        return one(Operation.TERMS_OF_PAYMENTS_GET, TermsOfPayment.class, id);
    }
}

package io.github.vismaidentity.eaccounting.resources;

import io.github.vismaidentity.eaccounting.Field;
import io.github.vismaidentity.eaccounting.http.ApiCalls;
import io.github.vismaidentity.eaccounting.http.Operation;
import io.github.vismaidentity.eaccounting.model.VatCode;

import java.util.UUID;

/**
 * VAT codes ({@code /v2/vatcodes}; needs {@code ea:accounting} or {@code ea:accounting_readonly}).
 */
public final class VatCodes extends Listing<VatCode> {

    /** {@code Code}. */
    public static final Field.Text CODE = Field.string("Code");

    /** Made by {@code EAccountingClient.vatCodes()}. */
    public VatCodes(ApiCalls calls) {
        super(calls, Operation.VAT_CODES_LIST, VatCode.class);
    }

    /**
     * The VAT code with this id.
     *
     * @throws io.github.vismaidentity.eaccounting.ResourceNotFoundException when the company has none
     */
    public VatCode get(UUID id) {
        return one(Operation.VAT_CODES_GET, VatCode.class, id);
    }
}

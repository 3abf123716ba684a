package io.github.vismaidentity.eaccounting.resources;

import io.github.vismaidentity.eaccounting.Field;
import io.github.vismaidentity.eaccounting.http.ApiCalls;
import io.github.vismaidentity.eaccounting.http.Operation;
import io.github.vismaidentity.eaccounting.model.Unit;

import java.util.UUID;

/**
 * Units ({@code /v2/units}; needs {@code ea:sales} or {@code ea:sales_readonly}): what an article's
 * {@code UnitId} names.
 */
public final class Units extends Listing<Unit> {

    /** {@code Name}. */
    public static final Field.Text NAME = Field.string("Name");

    /** Made by {@code EAccountingClient.units()}. */
    public Units(ApiCalls calls) {
        super(calls, Operation.UNITS_LIST, Unit.class);
    }

    /**
     * The unit with this id.
     *
     * @throws io.github.vismaidentity.eaccounting.ResourceNotFoundException when the company has none
     */
    public Unit get(UUID id) {
        return one(Operation.UNITS_GET, Unit.class, id);
    }
}

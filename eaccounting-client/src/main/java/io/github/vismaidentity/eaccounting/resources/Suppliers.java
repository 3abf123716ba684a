package io.github.vismaidentity.eaccounting.resources;

import io.github.vismaidentity.eaccounting.Field;
import io.github.vismaidentity.eaccounting.http.ApiCalls;
import io.github.vismaidentity.eaccounting.http.Operation;
import io.github.vismaidentity.eaccounting.model.Supplier;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The company's suppliers ({@code /v2/suppliers}; reads need {@code ea:purchase} or {@code ea:purchase_readonly},
 * writes {@code ea:purchase}). Visma's {@code SupplierApi} has no {@code ChangedUtc}: its change time is
 * {@code ModifiedUtc} ({@link #MODIFIED_UTC}).
 */
public final class Suppliers extends Listing<Supplier> {

    /** {@code Name}. */
    public static final Field.Text NAME = Field.string("Name");
    /** {@code SupplierNumber}. */
    public static final Field.Text SUPPLIER_NUMBER = Field.string("SupplierNumber");
    /** {@code IsActive}. */
    public static final Field<Boolean> IS_ACTIVE = Field.bool("IsActive");
    /** {@code ModifiedUtc}: when the supplier last changed. */
    public static final Field<Instant> MODIFIED_UTC = Field.instant("ModifiedUtc");

    /** Made by {@code EAccountingClient.suppliers()}. */
    public Suppliers(ApiCalls calls) {
        super(calls, Operation.SUPPLIERS_LIST, Supplier.class);
    }

    /**
     * The supplier with this id.
     *
     * @throws io.github.vismaidentity.eaccounting.ResourceNotFoundException when the company has none
     */
    public Supplier get(UUID id) {
        return one(Operation.SUPPLIERS_GET, Supplier.class, id);
    }

    /**
     * Creates the supplier and returns it as Visma stored it (with its id).
     *
     * @throws io.github.vismaidentity.eaccounting.ValidationFailedException naming each field Visma refused
     */
    public Supplier create(Supplier supplier) {
        return calls.send(Operation.SUPPLIERS_CREATE, Objects.requireNonNull(supplier, "supplier"), Supplier.class);
    }
}

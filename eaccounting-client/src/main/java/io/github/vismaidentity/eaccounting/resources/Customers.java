package io.github.vismaidentity.eaccounting.resources;

import io.github.vismaidentity.eaccounting.Field;
import io.github.vismaidentity.eaccounting.http.ApiCalls;
import io.github.vismaidentity.eaccounting.http.Operation;
import io.github.vismaidentity.eaccounting.model.Customer;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The company's customers ({@code /v2/customers}; reads need {@code ea:sales} or {@code ea:sales_readonly}, writes
 * {@code ea:sales}). Filter and order by the constants:
 * {@code customers.stream(Query.all().where(Customers.IS_ACTIVE.eq(true)).orderBy(Customers.NAME))}.
 */
public final class Customers extends Listing<Customer> {

    /** {@code Name}. */
    public static final Field.Text NAME = Field.string("Name");
    /** {@code CustomerNumber}. */
    public static final Field.Text CUSTOMER_NUMBER = Field.string("CustomerNumber");
    /** {@code EmailAddress}. */
    public static final Field.Text EMAIL_ADDRESS = Field.string("EmailAddress");
    /** {@code IsActive}. */
    public static final Field<Boolean> IS_ACTIVE = Field.bool("IsActive");
    /** {@code ChangedUtc}: for incremental syncs, {@code CHANGED_UTC.gt(lastMeta.serverTimeUtc())}. */
    public static final Field<Instant> CHANGED_UTC = Field.instant("ChangedUtc");

    /** Made by {@code EAccountingClient.customers()}. */
    public Customers(ApiCalls calls) {
        super(calls, Operation.CUSTOMERS_LIST, Customer.class);
    }

    /**
     * The customer with this id.
     *
     * @throws io.github.vismaidentity.eaccounting.ResourceNotFoundException when the company has no such customer
     */
    public Customer get(UUID customerId) {
        return one(Operation.CUSTOMERS_GET, Customer.class, customerId);
    }

    /**
     * Creates the customer and returns it as Visma stored it (with its id and number).
     *
     * @throws io.github.vismaidentity.eaccounting.ValidationFailedException naming each field Visma refused
     */
    public Customer create(Customer customer) {
        return calls.send(Operation.CUSTOMERS_CREATE, Objects.requireNonNull(customer, "customer"), Customer.class);
    }

    /**
     * Replaces the customer's values with {@code customer}'s (change one read with {@code get}, through
     * {@code toBuilder()}) and returns it as Visma stored it.
     *
     * @throws io.github.vismaidentity.eaccounting.ResourceNotFoundException when the company has no such customer
     * @throws io.github.vismaidentity.eaccounting.ValidationFailedException naming each field Visma refused
     */
    public Customer update(UUID customerId, Customer customer) {
        return calls.send(Operation.CUSTOMERS_UPDATE, Objects.requireNonNull(customer, "customer"), Customer.class,
                Objects.requireNonNull(customerId, "customerId"));
    }
}

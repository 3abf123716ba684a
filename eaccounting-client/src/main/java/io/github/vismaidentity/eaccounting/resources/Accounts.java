package io.github.vismaidentity.eaccounting.resources;

import io.github.vismaidentity.eaccounting.Field;
import io.github.vismaidentity.eaccounting.http.ApiCalls;
import io.github.vismaidentity.eaccounting.http.Operation;
import io.github.vismaidentity.eaccounting.model.Account;

/**
 * The chart of accounts ({@code /v2/accounts}; needs {@code ea:accounting} or {@code ea:accounting_readonly}).
 */
public final class Accounts extends Listing<Account> {

    /** {@code Number}. */
    public static final Field.Text NUMBER = Field.string("Number");
    /** {@code Name}. */
    public static final Field.Text NAME = Field.string("Name");
    /** {@code IsActive}. */
    public static final Field<Boolean> IS_ACTIVE = Field.bool("IsActive");

    /** Made by {@code EAccountingClient.accounts()}. */
    public Accounts(ApiCalls calls) {
        super(calls, Operation.ACCOUNTS_LIST, Account.class);
    }
}

package io.github.vismaidentity.eaccounting.resources;

import io.github.vismaidentity.eaccounting.http.ApiCalls;
import io.github.vismaidentity.eaccounting.http.Operation;
import io.github.vismaidentity.eaccounting.model.User;

/**
 * The company's users ({@code /v2/users}; needs any of {@code ea:sales}, {@code ea:purchase}, {@code ea:accounting}
 * or their read-only forms). {@code IsCurrentUser} marks the token's own user. Visma supports no filter the client
 * types here; use {@code Query.rawFilter} if needed.
 */
public final class Users extends Listing<User> {

    /** Made by {@code EAccountingClient.users()}. */
    public Users(ApiCalls calls) {
        super(calls, Operation.USERS_LIST, User.class);
    }
}

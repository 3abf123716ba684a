package io.github.vismaidentity.eaccounting;

import java.util.Set;

/**
 * The token set lacks every scope the operation accepts: known before the call from the scopes Visma granted at
 * sign-in (then nothing was sent), or from Visma's HTTP 403 ({@code ErrorCode} 4006). Add the scope the message names
 * to {@code visma.identity.scopes} and have the user sign in to the company again, so that Visma grants it.
 */
public class MissingScopeException extends EAccountingException {

    private static final long serialVersionUID = 1L;

    /** Its message ID. */
    public static final String ID = "VISMAID5003";

    private final Set<String> acceptedScopes;

    /** For the client's call machinery (and tests that need one). */
    public MissingScopeException(String operation, int status, ErrorBody body, Set<String> acceptedScopes,
            String message) {
        super(ID, operation, status, body, message, null);
        this.acceptedScopes = Set.copyOf(acceptedScopes);
    }

    /** The scopes of which the operation needs any one, as Visma's API description lists them. */
    public Set<String> acceptedScopes() {
        return acceptedScopes;
    }
}

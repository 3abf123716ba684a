package io.github.vismaidentity;

import java.time.Instant;

/**
 * One user's connection to one eAccounting company, as {@link VismaTokens#connections()} lists it: no
 * token, only what an administration page shows.
 *
 * @param status    whether its tokens still work
 * @param updatedAt when its tokens were last written (sign-in or refresh)
 */
public record VismaConnection(String subject, String companyId, String companyName, Status status,
                              Instant updatedAt) {

    /** Whether a connection's tokens still work. */
    public enum Status {
        /** Tokens are handed out, refreshed when needed. */
        ACTIVE,
        /** Visma refused the refresh token: the user must sign in again to this company. */
        REAUTHENTICATION_REQUIRED,
        /** Disconnected. */
        REVOKED
    }
}

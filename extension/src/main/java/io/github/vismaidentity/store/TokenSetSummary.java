package io.github.vismaidentity.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored token set as a list of connections shows it: whose, which company, its status, when it was
 * last written. It holds no token, and listing one decrypts none.
 */
public record TokenSetSummary(TokenSetKey key, String companyName, TokenSetStatus status, Instant updatedAt) {

    public TokenSetSummary {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}

package io.github.vismaidentity.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored token set: the latest access token and the one refresh token that still works, with the
 * version that grows on every write. {@link #toString()} shows no token.
 */
public record TokenSet(TokenSetKey key, String companyName, String accessToken, String refreshToken,
                       Instant accessExpiresAt, String scope, long version, TokenSetStatus status,
                       Instant updatedAt) {

    public TokenSet {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(accessExpiresAt, "accessExpiresAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    @Override
    public String toString() {
        return "TokenSet[key=" + key + ", companyName=" + companyName + ", accessToken=(hidden), refreshToken=(hidden)"
                + ", accessExpiresAt=" + accessExpiresAt + ", scope=" + scope + ", version=" + version
                + ", status=" + status + ", updatedAt=" + updatedAt + "]";
    }
}

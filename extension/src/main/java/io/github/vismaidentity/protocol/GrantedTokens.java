package io.github.vismaidentity.protocol;

import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.Scope;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One successful token response: both tokens must be stored, because the refresh token works once.
 * {@link #toString()} shows no token.
 *
 * @param accessExpiresAt local receipt time plus {@code expires_in} (or the configured default), so a
 *                        skewed clock at Visma cannot shorten or stretch it
 * @param scope           the granted scope: the response's {@code scope}, or the requested one when absent
 *                        (RFC 6749 §5.1)
 * @param idToken         the ID token, empty when the response had none (a refresh may omit it)
 */
public record GrantedTokens(String accessToken, String refreshToken, Instant accessExpiresAt, Scope scope,
                            Optional<JWT> idToken) {

    public GrantedTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(accessExpiresAt, "accessExpiresAt");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(idToken, "idToken");
    }

    @Override
    public String toString() {
        return "GrantedTokens[accessToken=(hidden), refreshToken=(hidden), accessExpiresAt=" + accessExpiresAt
                + ", scope=" + scope + ", idToken=" + (idToken.isPresent() ? "(hidden)" : "(none)") + "]";
    }
}

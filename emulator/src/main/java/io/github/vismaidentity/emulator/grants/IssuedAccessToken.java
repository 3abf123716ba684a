package io.github.vismaidentity.emulator.grants;

import com.nimbusds.oauth2.sdk.Scope;
import java.time.Instant;

/**
 * An access token the emulator issued, known by its {@code jti}. No claim names the company (as at
 * Visma); the emulator finds it through the grant.
 *
 * @param jti       the JWT ID
 * @param grant     the sign-in it descends from
 * @param scope     the scope it carries
 * @param issuedAt  when it was issued
 * @param expiresAt when it stops working
 */
public record IssuedAccessToken(String jti, Grant grant, Scope scope, Instant issuedAt, Instant expiresAt) {

    /** The {@code expires_in} of the token response. */
    public long lifetimeSeconds() {
        return java.time.Duration.between(issuedAt, expiresAt).getSeconds();
    }
}

package io.github.vismaidentity.protocol;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import io.github.vismaidentity.config.VismaIdentitySettings;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one {@link IdTokenVerifier} of an issuer, made when first needed: its JWKS URI comes from discovery,
 * which may not be reachable at deployment. Shared by sign-in and refresh, so they share one JWKS cache.
 */
public final class IdTokenVerifiers {

    private final VismaIdentitySettings settings;
    private final Discovery discovery;
    private final VismaHttp http;
    private final IdTokenClaimsCheck claims;
    private final AtomicReference<IdTokenVerifier> verifier = new AtomicReference<>();

    /**
     * @param http  what the JWKS is fetched through
     * @param clock the clock {@code exp} and {@code iat} are checked against
     */
    public IdTokenVerifiers(VismaIdentitySettings settings, Discovery discovery, VismaHttp http, Clock clock) {
        this.settings = settings;
        this.discovery = discovery;
        this.http = http;
        this.claims = new IdTokenClaimsCheck(settings, clock);
    }

    /** {@link IdTokenVerifier#verifyOriginClaimsOnly} for this issuer and client; needs neither discovery nor keys. */
    public JWTClaimsSet verifyOriginClaimsOnly(JWT idToken) {
        return IdTokenVerifier.verifyOriginClaimsOnly(claims, idToken);
    }

    /**
     * What is off with the time of a token whose origin was verified, with what to do about it, in words for
     * a log line; empty when nothing is.
     */
    public Optional<String> timeProblem(JWTClaimsSet verified) {
        return claims.timeProblem(verified.getExpirationTime(), verified.getIssueTime()).map(problem -> problem + ". " + claims.clockAdvice());
    }

    /** The verifier; discovery's failure passes through as a {@link SignInFailure}. */
    public IdTokenVerifier get() {
        IdTokenVerifier known = verifier.get();
        if (known == null) {
            verifier.compareAndSet(null, new IdTokenVerifier(settings, discovery.endpoints().jwksUri(), http, claims));
            known = verifier.get();
        }
        return known;
    }
}

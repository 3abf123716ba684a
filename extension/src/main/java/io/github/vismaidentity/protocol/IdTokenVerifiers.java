package io.github.vismaidentity.protocol;

import com.nimbusds.jwt.JWT;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import io.github.vismaidentity.config.VismaIdentitySettings;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The one {@link IdTokenVerifier} of an issuer, made when first needed: its JWKS URI comes from discovery,
 * which may not be reachable at deployment. Shared by sign-in and refresh, so they share one JWKS cache.
 */
public final class IdTokenVerifiers {

    private final VismaIdentitySettings settings;
    private final Discovery discovery;
    private final VismaHttp http;
    private final AtomicReference<IdTokenVerifier> verifier = new AtomicReference<>();

    public IdTokenVerifiers(VismaIdentitySettings settings, Discovery discovery, VismaHttp http) {
        this.settings = settings;
        this.discovery = discovery;
        this.http = http;
    }

    /** {@link IdTokenVerifier#verifyClaimsOnly} for this issuer and client; needs neither discovery nor keys. */
    public IDTokenClaimsSet verifyClaimsOnly(JWT idToken) {
        return IdTokenVerifier.verifyClaimsOnly(settings, idToken);
    }

    /** The verifier; discovery's failure passes through as a {@link SignInFailure}. */
    public IdTokenVerifier get() {
        IdTokenVerifier known = verifier.get();
        if (known == null) {
            verifier.compareAndSet(null, new IdTokenVerifier(settings, discovery.endpoints().jwksUri(), http));
            known = verifier.get();
        }
        return known;
    }
}

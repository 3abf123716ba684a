package io.github.vismaidentity.protocol;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import io.github.vismaidentity.config.VismaIdentitySettings;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;

/**
 * Validates ID tokens (OpenID Connect Core §3.1.3.7) with Nimbus: an RS256 signature by a key in the issuer's
 * JWKS (the only algorithm allowed, so {@code none}, HMAC and EC tokens are refused), then the claims by
 * {@link IdTokenClaimsCheck}: {@code iss}, {@code aud}, {@code azp}, {@code sub}, {@code nonce}, and
 * {@code exp} and {@code iat} within the configured clock skew of the injected clock.
 *
 * <p>The JWKS is cached; a token signed with an unknown {@code kid} makes it fetch the JWKS again, so a
 * key rotation at Visma does not break sign-in, but at most once per {@link #JWKS_COOL_DOWN}, so a flood
 * of made-up {@code kid}s cannot turn the app into a load generator against Visma.
 */
public final class IdTokenVerifier {

    /** The ID token was refused; the reason follows the ID. */
    public static final String REFUSED = "VISMAID2020";
    /** The ID token is right but for its time: Visma's clock and this server's are further apart than the skew. */
    public static final String CLOCK_OFF = "VISMAID2015";
    /** The JWKS could not be fetched. */
    public static final String JWKS_UNREACHABLE = "VISMAID2021";

    /** The shortest time between two JWKS fetches. */
    public static final Duration JWKS_COOL_DOWN = Duration.ofSeconds(30);

    private static final Duration JWKS_CACHE = Duration.ofHours(1);

    private final DefaultJWTProcessor<SecurityContext> signatures = new DefaultJWTProcessor<>();
    private final IdTokenClaimsCheck claims;

    /**
     * The JWKS is fetched through {@code http}: the same timeouts and size limit as every answer from Visma.
     */
    IdTokenVerifier(VismaIdentitySettings settings, URI jwksUri, VismaHttp http, IdTokenClaimsCheck claims) {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(jwksUri.toURL(), url -> jwks(http, url))
                    .cache(JWKS_CACHE.toMillis(), settings.connectTimeout().plus(settings.readTimeout()).toMillis())
                    .rateLimited(JWKS_COOL_DOWN.toMillis())
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("The JWKS URI " + jwksUri + " is not a URL", e);
        }
        signatures.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        // No claims verifier of Nimbus': its default reads the system clock; IdTokenClaimsCheck reads the injected one.
        signatures.setJWTClaimsSetVerifier(null);
        this.claims = claims;
    }

    /**
     * The JWKS over {@link VismaHttp}, with the same bounds as every answer from Visma: the read timeout from
     * request to last byte, at most {@link VismaHttp#MAX_BODY_BYTES}. Nimbus' own retriever times each read
     * of the socket, so a body that trickles in never times out.
     */
    private static Resource jwks(VismaHttp http, URL url) throws IOException {
        HTTPResponse response = http.send(new HTTPRequest(HTTPRequest.Method.GET, url));
        if (response.getStatusCode() != 200) {
            throw new IOException("The JWKS at " + url + " answered HTTP " + response.getStatusCode());
        }
        return new Resource(response.getBody(), response.getHeaderValue("Content-Type"));
    }

    /**
     * The whole check, for a sign-in.
     *
     * @return the validated claims; nothing in the token may be trusted unless this returns
     * @throws SignInFailure {@value #REFUSED} for a bad token, {@value #CLOCK_OFF} for a token right but for its
     *                       time, {@value #JWKS_UNREACHABLE} when the keys could not be fetched
     */
    public IDTokenClaimsSet verify(JWT idToken, Nonce expectedNonce) {
        JWTClaimsSet verified = verifyOrigin(idToken, expectedNonce);
        claims.timeProblem(verified.getExpirationTime(), verified.getIssueTime()).ifPresent(problem -> {
            throw SignInFailure.clockOff(CLOCK_OFF, "The ID token was refused: " + problem + ". "
                    + claims.clockAdvice() + ".");
        });
        try {
            return new IDTokenClaimsSet(verified);
        } catch (com.nimbusds.oauth2.sdk.ParseException e) {
            throw SignInFailure.refused(REFUSED, "The ID token was refused: its claims cannot be read.");
        }
    }

    /**
     * The signature and whom the token is from and for, not its time: for a refresh, whose tokens Visma has
     * already rotated (see {@link IdTokenClaimsCheck}). The claims as Nimbus read them: a refresh needs no
     * {@link IDTokenClaimsSet}, whose copy of them costs a JSON round trip and, for an {@code aud} that is one
     * string (Visma's), an exception with its stack trace.
     *
     * @throws SignInFailure as {@link #verify}, never {@value #CLOCK_OFF}
     */
    public JWTClaimsSet verifyOrigin(JWT idToken, Nonce expectedNonce) {
        try {
            JWTClaimsSet verified = signatures.process(signed(idToken), null);
            claims.origin(verified, expectedNonce);
            return verified;
        } catch (KeySourceException e) {
            throw SignInFailure.transientFailure(JWKS_UNREACHABLE, "Visma's signing keys (JWKS) could not be fetched.", 502);
        } catch (BadJWTException e) {
            throw refused(e);
        } catch (BadJOSEException | JOSEException e) {
            throw SignInFailure.refused(REFUSED, "The ID token was refused: " + e.getMessage());
        }
    }

    /**
     * Whom the token is from and for, without the signature: RS256 announced, {@code iss}, {@code aud},
     * {@code azp}, {@code sub}. Only for an ID token that came straight from Visma's token endpoint, where
     * OpenID Connect Core §3.1.3.7 (6) lets the TLS connection stand in for the signature, and only when the
     * signature could not be checked because the keys could not be fetched.
     *
     * @throws SignInFailure {@value #REFUSED} when a claim is wrong or the token is not an RS256 JWS
     */
    static JWTClaimsSet verifyOriginClaimsOnly(IdTokenClaimsCheck claims, JWT idToken) {
        SignedJWT signed = signed(idToken);
        if (!JWSAlgorithm.RS256.equals(signed.getHeader().getAlgorithm())) {
            throw notRs256();
        }
        try {
            JWTClaimsSet read = signed.getJWTClaimsSet();
            claims.origin(read, null);
            return read;
        } catch (BadJWTException e) {
            throw refused(e);
        } catch (java.text.ParseException e) {
            throw SignInFailure.refused(REFUSED, "The ID token was refused: its claims cannot be read.");
        }
    }

    /** Unsigned ({@code alg: none}) and encrypted tokens are refused before any key is looked for. */
    private static SignedJWT signed(JWT idToken) {
        if (idToken instanceof SignedJWT signed) {
            return signed;
        }
        throw notRs256();
    }

    private static SignInFailure notRs256() {
        return SignInFailure.refused(REFUSED, "The ID token was refused: it is not signed with RS256.");
    }

    /** Nimbus names the failed check before a colon and the offending value after it: keep the check only. */
    private static SignInFailure refused(BadJWTException e) {
        String message = e.getMessage();
        int colon = message == null ? -1 : message.indexOf(':');
        String check = message == null ? "invalid claims" : colon < 0 ? message : message.substring(0, colon);
        return SignInFailure.refused(REFUSED, "The ID token was refused: " + check + ".");
    }
}

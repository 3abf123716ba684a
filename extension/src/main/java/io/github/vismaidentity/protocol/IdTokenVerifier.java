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
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenClaimsVerifier;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.github.vismaidentity.config.VismaIdentitySettings;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;

/**
 * Validates ID tokens (OpenID Connect Core §3.1.3.7) with the Nimbus SDK: an RS256 signature by a key in
 * the issuer's JWKS (the only algorithm allowed, so {@code none}, HMAC and EC tokens are refused),
 * {@code iss}, {@code aud}, {@code exp}, {@code iat}, {@code nonce}, within the configured clock skew.
 *
 * <p>The JWKS is cached; a token signed with an unknown {@code kid} makes it fetch the JWKS again, so a
 * key rotation at Visma does not break sign-in, but at most once per {@link #JWKS_COOL_DOWN}, so a flood
 * of made-up {@code kid}s cannot turn the app into a load generator against Visma.
 */
public final class IdTokenVerifier {

    /** The ID token was refused; the reason follows the ID. */
    public static final String REFUSED = "VISMAID2020";
    /** The JWKS could not be fetched. */
    public static final String JWKS_UNREACHABLE = "VISMAID2021";

    /** The shortest time between two JWKS fetches. */
    public static final Duration JWKS_COOL_DOWN = Duration.ofSeconds(30);

    private static final Duration JWKS_CACHE = Duration.ofHours(1);

    private final IDTokenValidator validator;

    /** The JWKS is fetched through {@code http}: the same timeouts and size limit as every answer from Visma. */
    public IdTokenVerifier(VismaIdentitySettings settings, URI jwksUri, VismaHttp http) {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(jwksUri.toURL(), url -> jwks(http, url))
                    .cache(JWKS_CACHE.toMillis(), settings.connectTimeout().plus(settings.readTimeout()).toMillis())
                    .rateLimited(JWKS_COOL_DOWN.toMillis())
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("The JWKS URI " + jwksUri + " is not a URL", e);
        }
        validator = new IDTokenValidator(settings.issuer(), settings.clientId(),
                new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys), null);
        validator.setMaxClockSkew(Math.toIntExact(settings.clockSkew().toSeconds()));
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
     * @return the validated claims; nothing in the token may be trusted unless this returns
     * @throws SignInFailure {@value #REFUSED} for a bad token, {@value #JWKS_UNREACHABLE} when the keys
     *                       could not be fetched
     */
    public IDTokenClaimsSet verify(JWT idToken, Nonce expectedNonce) {
        try {
            return validator.validate(idToken, expectedNonce);
        } catch (KeySourceException e) {
            throw SignInFailure.transientFailure(JWKS_UNREACHABLE, "Visma's signing keys (JWKS) could not be fetched.", 502);
        } catch (BadJWTException e) {
            // Nimbus names the failed check before a colon and the offending value after it: keep the check only.
            throw SignInFailure.refused(REFUSED, "The ID token was refused: " + beforeColon(e.getMessage()) + ".");
        } catch (BadJOSEException | JOSEException e) {
            throw SignInFailure.refused(REFUSED, "The ID token was refused: " + e.getMessage());
        }
    }

    /**
     * The claims checks of {@link #verify} without the signature: RS256 announced, {@code iss}, {@code aud},
     * {@code exp}, {@code iat} within the clock skew. Only for an ID token that came straight from Visma's
     * token endpoint, where OpenID Connect Core §3.1.3.7 (6) lets the TLS connection stand in for the signature,
     * and only when the signature could not be checked because the keys could not be fetched.
     *
     * @throws SignInFailure {@value #REFUSED} when a claim is wrong or the token is not an RS256 JWS
     */
    public static IDTokenClaimsSet verifyClaimsOnly(VismaIdentitySettings settings, JWT idToken) {
        if (!(idToken instanceof SignedJWT signed) || !JWSAlgorithm.RS256.equals(signed.getHeader().getAlgorithm())) {
            throw SignInFailure.refused(REFUSED, "The ID token was refused: it is not signed with RS256.");
        }
        try {
            JWTClaimsSet claims = signed.getJWTClaimsSet();
            new IDTokenClaimsVerifier(settings.issuer(), settings.clientId(), null,
                    Math.toIntExact(settings.clockSkew().toSeconds())).verify(claims, null);
            return new IDTokenClaimsSet(claims);
        } catch (BadJWTException e) {
            throw SignInFailure.refused(REFUSED, "The ID token was refused: " + beforeColon(e.getMessage()) + ".");
        } catch (java.text.ParseException | com.nimbusds.oauth2.sdk.ParseException e) {
            throw SignInFailure.refused(REFUSED, "The ID token was refused: its claims cannot be read.");
        }
    }

    private static String beforeColon(String message) {
        if (message == null) {
            return "invalid claims";
        }
        int colon = message.indexOf(':');
        return colon < 0 ? message : message.substring(0, colon);
    }
}

package io.github.vismaidentity.mechanism;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import io.github.vismaidentity.protocol.PendingSignIn;

import javax.crypto.SecretKey;
import java.net.URI;
import java.text.ParseException;
import java.util.Date;
import java.util.Optional;

/**
 * Keeps a {@link PendingSignIn} in the browser, in a cookie the browser cannot read or change: a JWE
 * ({@code dir}, {@code A256GCM}) made with Nimbus JOSE. Any node that shares the key can finish the sign-in,
 * so no sticky sessions are needed. Each sign-in gets its own cookie, named after its {@code state}, so
 * sign-ins in two tabs do not overwrite each other; the cookie is HttpOnly, SameSite=Lax (sent on the
 * top-level redirect back from Visma), Secure on https, limited to the callback path, and deleted when
 * the callback is handled.
 */
final class SignInCookies {

    static final String PREFIX = "VismaSignIn-";
    private static final int STATE_CHARACTERS_IN_NAME = 16;

    private final SecretKey key;

    SignInCookies(SecretKey key) {
        this.key = key;
    }

    /** The cookie's name for a sign-in with this state. */
    static String name(State state) {
        String value = state.getValue();
        return PREFIX + value.substring(0, Math.min(STATE_CHARACTERS_IN_NAME, value.length()));
    }

    /** The sealed cookie value. */
    String seal(PendingSignIn pending) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .jwtID(pending.state().getValue())
                .claim("nonce", pending.nonce().getValue())
                .claim("cv", pending.verifier().getValue())
                .claim("ru", pending.redirectUri().toString())
                .claim("ret", pending.returnTo())
                .expirationTime(Date.from(pending.expiresAt()))
                .build();
        EncryptedJWT jwt = new EncryptedJWT(new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM), claims);
        try {
            jwt.encrypt(new DirectEncrypter(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("The sign-in cookie could not be encrypted", e);
        }
        return jwt.serialize();
    }

    /**
     * The sign-in sealed in this value, when it opens with our key and belongs to this state; empty for
     * anything else (tampered, another key, another state, garbage).
     */
    Optional<PendingSignIn> open(String sealed, State state) {
        try {
            EncryptedJWT jwt = EncryptedJWT.parse(sealed);
            if (!JWEAlgorithm.DIR.equals(jwt.getHeader().getAlgorithm())
                    || !EncryptionMethod.A256GCM.equals(jwt.getHeader().getEncryptionMethod())) {
                return Optional.empty();
            }
            jwt.decrypt(new DirectDecrypter(key));
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!state.getValue().equals(claims.getJWTID()) || claims.getExpirationTime() == null) {
                return Optional.empty();
            }
            return Optional.of(new PendingSignIn(state, new Nonce(claims.getStringClaim("nonce")),
                    new CodeVerifier(claims.getStringClaim("cv")), URI.create(claims.getStringClaim("ru")),
                    claims.getStringClaim("ret"), claims.getExpirationTime().toInstant()));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

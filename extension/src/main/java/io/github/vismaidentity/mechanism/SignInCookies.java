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
import java.util.Map;
import java.util.Optional;

/**
 * Keeps a {@link PendingSignIn} in the browser, in a cookie the browser cannot read or change: a JWE
 * ({@code dir}, {@code A256GCM}) made with Nimbus JOSE. Any node that shares the key can finish the sign-in,
 * so no sticky sessions are needed. The cookie is HttpOnly, SameSite=Lax (sent on the top-level redirect back
 * from Visma), Secure on https, limited to the callback path, and deleted when the callback is handled.
 * <p>
 * A browser holds at most {@value #SLOTS} of them: each sign-in takes the next of {@value #SLOTS} slots
 * ({@code VismaSignIn-0}, ...), round and round, so sign-ins in a few tabs do not overwrite each other, and the
 * sign-in started {@value #SLOTS} sign-ins ago gives its slot to the newest. Unfinished sign-ins (tabs, assets,
 * polls) can never add up to a Cookie header the server refuses. The start of a sign-in cannot see these
 * cookies (they go to the callback path only), so the next slot is kept in a one-digit cookie
 * {@value #NEXT} on the application's path.
 */
final class SignInCookies {

    static final String PREFIX = "VismaSignIn-";
    static final String NEXT = "VismaSignInNext";
    static final int SLOTS = 3;

    private final SecretKey key;

    SignInCookies(SecretKey key) {
        this.key = key;
    }

    /** The slot a new sign-in takes, given the value of the {@value #NEXT} cookie (null when there is none). */
    static int slot(String next) {
        return next != null && next.length() == 1 && next.charAt(0) >= '0' && next.charAt(0) < '0' + SLOTS
                ? next.charAt(0) - '0' : 0;
    }

    /** The value of the {@value #NEXT} cookie after a sign-in took this slot. */
    static String after(int slot) {
        return String.valueOf((slot + 1) % SLOTS);
    }

    /** The name of the cookie in this slot. */
    static String name(int slot) {
        return PREFIX + slot;
    }

    /**
     * The pending sign-in with this state among the browser's sign-in cookies (any slot, and the per-state names
     * of earlier versions), with the name of the cookie that holds it.
     */
    Optional<Found> find(Map<String, String> cookies, State state) {
        return cookies.entrySet().stream().filter(cookie -> cookie.getKey().startsWith(PREFIX))
                .flatMap(cookie -> open(cookie.getValue(), state).map(p -> new Found(cookie.getKey(), p)).stream())
                .findFirst();
    }

    /** A pending sign-in and the cookie it was in. */
    record Found(String name, PendingSignIn pending) {
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

package io.github.vismaidentity.protocol;

import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * What a sign-in must remember between the authorize redirect and the callback. It travels in an
 * encrypted cookie, so a callback that lands on another node still finds it; {@link #toString()} shows
 * none of the secrets.
 *
 * @param redirectUri the exact redirect URI sent, repeated in the token request (RFC 6749 §4.1.3)
 * @param returnTo    the same-origin path to send the user to after signing in
 * @param expiresAt   after this the callback is refused
 */
public record PendingSignIn(State state, Nonce nonce, CodeVerifier verifier, URI redirectUri, String returnTo,
                            Instant expiresAt) {

    public PendingSignIn {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(returnTo, "returnTo");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "PendingSignIn[redirectUri=" + redirectUri + ", returnTo=" + returnTo + ", expiresAt=" + expiresAt + "]";
    }
}

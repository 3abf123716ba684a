package io.github.vismaidentity.emulator.grants;

import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.openid.connect.sdk.Nonce;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An authorization code: single use, short-lived, bound to the client and redirect URI of its
 * request, and to the PKCE challenge when one was sent.
 */
record IssuedCode(String value, Grant grant, String redirectUri, CodeChallenge challenge, Nonce nonce,
                  Instant expiresAt, AtomicBoolean used) {

    @Override
    public String toString() {
        return "IssuedCode[" + grant + ", expiresAt=" + expiresAt + "]";
    }
}

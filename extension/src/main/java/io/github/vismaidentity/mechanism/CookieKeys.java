package io.github.vismaidentity.mechanism;

import io.github.vismaidentity.config.VismaIdentitySettings;

import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * The key of the sign-in cookie, the same on every node of a cluster without extra setup: derived with
 * PBKDF2 (the JDK's) from the configured encryption key, or from the client secret when there is none,
 * with a salt naming the purpose, so the cookie key is never the key of the tokens at rest.
 */
final class CookieKeys {

    private static final int ITERATIONS = 10_000;

    private CookieKeys() {
    }

    static SecretKey derive(VismaIdentitySettings settings) {
        char[] secret = settings.encryptionKey()
                .map(key -> Base64.getEncoder().encodeToString(key.bytes()))
                .orElse(settings.clientSecret().getValue())
                .toCharArray();
        byte[] salt = ("visma-identity sign-in cookie " + settings.clientId()).getBytes(StandardCharsets.UTF_8);
        try {
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(secret, salt, ITERATIONS, 256)).getEncoded();
            return new SecretKeySpec(derived, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JVM", e);
        }
    }
}

package io.github.vismaidentity.config;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.util.Arrays;

/**
 * A 256-bit AES key for tokens at rest and the sign-in cookie. Holds a copy of the bytes; {@link #toString()}
 * never shows them.
 */
public final class EncryptionKey {

    /** The only accepted length, in bytes: AES-256. */
    public static final int LENGTH = 32;

    private final byte[] bytes;

    private EncryptionKey(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    /**
     * @throws IllegalArgumentException when the key is not exactly {@value #LENGTH} bytes long
     */
    public static EncryptionKey of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("An encryption key has " + LENGTH + " bytes, not " + bytes.length);
        }
        return new EncryptionKey(bytes);
    }

    /** The key for AES, a fresh object each call. */
    public SecretKey aesKey() {
        return new SecretKeySpec(bytes, "AES");
    }

    /** A copy of the raw bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EncryptionKey key && Arrays.equals(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "EncryptionKey[(hidden)]";
    }
}

package io.github.vismaidentity.store;

import static io.github.vismaidentity.VismaIdentityDefinition.ENCRYPTION_KEY;
import static io.github.vismaidentity.VismaIdentityDefinition.PREVIOUS_ENCRYPTION_KEYS;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jose.util.Base64URL;
import io.github.vismaidentity.config.EncryptionKey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tokens at rest: with a key, each token is a JWE ({@code dir}, {@code A256GCM}, Nimbus JOSE) whose
 * authenticated header names the key (a fingerprint) and the row it belongs to, so a value copied into
 * another row, or read with another key, does not open. Earlier keys of a rotation still read what they
 * wrote. Without a key, tokens are stored as they are, and the deployment warns about it.
 */
public final class TokenCipher {

    private static final String ROW = "vis_row";

    private final Optional<EncryptionKey> key;
    private final String keyId;
    private final Map<String, EncryptionKey> readable = new HashMap<>();

    private TokenCipher(Optional<EncryptionKey> key, List<EncryptionKey> previous) {
        this.key = key;
        this.keyId = key.map(TokenCipher::keyId).orElse(null);
        previous.forEach(old -> readable.put(keyId(old), old));
        key.ifPresent(current -> readable.put(keyId, current));
    }

    /** Encrypts with this key. */
    public static TokenCipher with(EncryptionKey key) {
        return new TokenCipher(Optional.of(key), List.of());
    }

    /**
     * Encrypts with {@code key} and still reads what earlier keys of a rotation wrote; such tokens are
     * written again under {@code key} on their next refresh or sign-in.
     */
    public static TokenCipher rotating(EncryptionKey key, List<EncryptionKey> previous) {
        return new TokenCipher(Optional.of(key), previous);
    }

    /** Stores tokens without encryption. */
    public static TokenCipher plaintext() {
        return new TokenCipher(Optional.empty(), List.of());
    }

    private static String keyId(EncryptionKey key) {
        return digest(key.bytes()).substring(0, 16);
    }

    /** The value to store for this token in this row. */
    public String seal(String token, TokenSetKey row) {
        if (key.isEmpty()) {
            return token;
        }
        JWEHeader header = new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM)
                .keyID(keyId).customParam(ROW, rowId(row)).build();
        JWEObject jwe = new JWEObject(header, new Payload(token));
        try {
            jwe.encrypt(new DirectEncrypter(key.get().aesKey()));
        } catch (JOSEException e) {
            throw new TokenStoreException(TokenStoreException.DECRYPTION + ": A token could not be encrypted ("
                    + e.getClass().getSimpleName() + ").", e);
        }
        return jwe.serialize();
    }

    /** The token stored as this value in this row. */
    public String open(String stored, TokenSetKey row) {
        Optional<JWEObject> jwe = parse(stored);
        Optional<String> problem = headerProblem(jwe, row);
        if (problem.isPresent()) {
            throw failure(problem.get());
        }
        if (jwe.isEmpty()) {
            return stored;
        }
        JWEObject sealed = jwe.get();
        try {
            sealed.decrypt(new DirectDecrypter(readable.get(sealed.getHeader().getKeyID()).aesKey()));
        } catch (JOSEException e) {
            throw failure("does not decrypt: it was changed after it was written");
        }
        return sealed.getPayload().toString();
    }

    /**
     * Why this stored value cannot open in this row, as far as its header tells: the key it names, the row
     * it is bound to, encrypted or not. Nothing is decrypted, so a changed ciphertext passes here.
     *
     * @return the {@link TokenStoreException#DECRYPTION} message {@link #open} would fail with, if any
     */
    public Optional<String> unopenable(String stored, TokenSetKey row) {
        return headerProblem(parse(stored), row).map(what -> failure(what).getMessage());
    }

    private Optional<String> headerProblem(Optional<JWEObject> jwe, TokenSetKey row) {
        if (key.isEmpty()) {
            return jwe.map(sealed -> "is encrypted, and no encryption key is configured. Set "
                    + ENCRYPTION_KEY + " to the key it was stored with");
        }
        if (jwe.isEmpty()) {
            return Optional.of("is stored without encryption, and an encryption key is now configured. Remove the "
                    + "key, or let the user sign in again so the token set is stored encrypted");
        }
        JWEHeader header = jwe.get().getHeader();
        if (!readable.containsKey(header.getKeyID())) {
            return Optional.of("was encrypted with another key. The encryption key changed: add the old one to "
                    + PREVIOUS_ENCRYPTION_KEYS + ", or let the user sign in again");
        }
        if (!rowId(row).equals(header.getCustomParam(ROW))) {
            return Optional.of("belongs to another row; it was copied, not written by this library");
        }
        return Optional.empty();
    }

    private static Optional<JWEObject> parse(String stored) {
        if (stored.chars().filter(c -> c == '.').count() != 4) {
            return Optional.empty();
        }
        try {
            JWEObject jwe = JWEObject.parse(stored);
            return JWEAlgorithm.DIR.equals(jwe.getHeader().getAlgorithm()) ? Optional.of(jwe) : Optional.empty();
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    private static TokenStoreException failure(String what) {
        return new TokenStoreException(TokenStoreException.DECRYPTION + ": A stored token " + what + ".");
    }

    private static String rowId(TokenSetKey row) {
        return digest((row.clientId() + '\0' + row.subject() + '\0' + row.companyId()).getBytes(StandardCharsets.UTF_8));
    }

    private static String digest(byte[] bytes) {
        try {
            return Base64URL.encode(MessageDigest.getInstance("SHA-256").digest(bytes)).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

package io.github.vismaidentity.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The encryption key for tokens at rest: read only from MicroProfile Config (never from source code),
 * required unless the issuer runs on this machine, and never shown in a message.
 */
final class KeyRules {

    private static final String MAKE_ONE = " Make one with `openssl rand -base64 32`.";

    private KeyRules() {
    }

    /**
     * The configured key; empty when none is configured or after reporting a problem.
     *
     * @param issuer the configured issuer, null when it was malformed (then treated as another machine)
     */
    static Optional<EncryptionKey> read(Lookup lookup, URI issuer, Problems problems) {
        Optional<Setting> setting = lookup.fromConfig(VismaSetting.ENCRYPTION_KEY);
        if (setting.isEmpty()) {
            if (issuer == null || !UrlRules.isLoopback(issuer)) {
                problems.add(Problems.NO_ENCRYPTION_KEY, "No encryption key while the issuer is "
                        + (issuer == null ? "not on this machine" : issuer + ", not on this machine")
                        + ": tokens would be stored in plaintext. Set "
                        + Problems.named(VismaSetting.ENCRYPTION_KEY.key()) + " to 32 random bytes in Base64."
                        + MAKE_ONE);
            }
            return Optional.empty();
        }
        return parse(setting.get().text(), setting.get().where(), problems);
    }

    /** The earlier keys of a rotation, in the order given; the bad ones reported. */
    static List<EncryptionKey> readPrevious(Lookup lookup, Problems problems) {
        Optional<Setting> setting = lookup.fromConfig(VismaSetting.PREVIOUS_ENCRYPTION_KEYS);
        if (setting.isEmpty()) {
            return List.of();
        }
        List<EncryptionKey> keys = new ArrayList<>();
        String[] entries = setting.get().text().trim().split("[,\\s]+");
        for (int i = 0; i < entries.length; i++) {
            parse(entries[i], "entry " + (i + 1) + " of " + setting.get().where(), problems).ifPresent(keys::add);
        }
        return List.copyOf(keys);
    }

    private static Optional<EncryptionKey> parse(String text, String where, Problems problems) {
        byte[] bytes = decode(text);
        try {
            if (bytes == null) {
                problems.add(Problems.BAD_ENCRYPTION_KEY, where + " is not valid Base64; it must"
                        + " be 32 random bytes in Base64." + MAKE_ONE);
                return Optional.empty();
            }
            if (bytes.length != EncryptionKey.LENGTH) {
                problems.add(Problems.BAD_ENCRYPTION_KEY, where + " decodes to " + bytes.length
                        + " bytes; it must be " + EncryptionKey.LENGTH + " (AES-256)." + MAKE_ONE);
                return Optional.empty();
            }
            return Optional.of(EncryptionKey.of(bytes));
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0); // EncryptionKey keeps its own copy
            }
        }
    }

    /** VISMAID1101 when tokens will be stored in plaintext because the issuer is on this machine. */
    static Optional<ConfigProblem> warning(VismaIdentitySettings settings) {
        if (settings.encryptionKey().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new ConfigProblem(Problems.PLAINTEXT_ON_LOOPBACK, "No encryption key: tokens are"
                + " stored in plaintext, which is acceptable only with the emulator or another issuer on this"
                + " machine (" + settings.issuer() + "). Set "
                + Problems.named(VismaSetting.ENCRYPTION_KEY.key()) + " before connecting to Visma."
                + MAKE_ONE));
    }

    /** Standard Base64 as {@code openssl} writes it, or the URL-safe alphabet; null when neither. */
    private static byte[] decode(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException notStandard) {
            try {
                return Base64.getUrlDecoder().decode(text);
            } catch (IllegalArgumentException notUrlSafe) {
                return null;
            }
        }
    }
}

package io.github.vismaidentity.config;

import static org.assertj.core.api.Assertions.fail;

import io.github.vismaidentity.VismaIdentityDefinition;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/** Configurations for the reader's tests: a Map stands in for MicroProfile Config. */
final class Configs {

    static final String CLIENT_ID = "test-client";
    static final String SECRET = "Sup3r:Secret+Value";
    static final byte[] KEY_BYTES = keyBytes(32);
    static final String KEY = Base64.getEncoder().encodeToString(KEY_BYTES);

    private Configs() {
    }

    /** A working configuration for production Visma, changed by {@code key, value} pairs; a null value removes. */
    static Map<String, String> valid(String... pairs) {
        Map<String, String> config = new HashMap<>();
        config.put(VismaIdentityDefinition.CLIENT_ID, CLIENT_ID);
        config.put(VismaIdentityDefinition.CLIENT_SECRET, SECRET);
        config.put(VismaIdentityDefinition.ENCRYPTION_KEY, KEY);
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                config.remove(pairs[i]);
            } else {
                config.put(pairs[i], pairs[i + 1]);
            }
        }
        return config;
    }

    static VismaIdentitySettings read(Map<String, String> config) {
        return read(null, config);
    }

    static VismaIdentitySettings read(Class<?> annotated, Map<String, String> config) {
        return SettingsReader.read(annotation(annotated), key -> Optional.ofNullable(config.get(key)));
    }

    /** The problems the reader throws; fails when it throws none. */
    static ConfigurationProblems problems(Map<String, String> config) {
        return problems(null, config);
    }

    static ConfigurationProblems problems(Class<?> annotated, Map<String, String> config) {
        try {
            VismaIdentitySettings settings = read(annotated, config);
            return fail("Expected ConfigurationProblems, but the reader accepted it: " + settings);
        } catch (ConfigurationProblems expected) {
            return expected;
        }
    }

    static List<String> ids(Map<String, String> config) {
        return problems(config).ids();
    }

    static VismaIdentityDefinition annotation(Class<?> annotated) {
        return annotated == null ? null : annotated.getAnnotation(VismaIdentityDefinition.class);
    }

    static byte[] keyBytes(int length) {
        byte[] bytes = new byte[length];
        IntStream.range(0, length).forEach(i -> bytes[i] = (byte) (i * 7 + 3));
        return bytes;
    }
}

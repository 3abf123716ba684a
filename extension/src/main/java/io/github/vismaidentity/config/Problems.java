package io.github.vismaidentity.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects the problems found while reading the configuration, so that all of them are reported together,
 * and holds the configuration's message IDs in one place ({@code docs/reference/messages.md} explains each).
 */
final class Problems {

    static final String NO_CLIENT_ID = "VISMAID1001";
    static final String NO_CLIENT_SECRET = "VISMAID1002";
    static final String MALFORMED_URL = "VISMAID1003";
    static final String PLAIN_HTTP = "VISMAID1004";
    static final String LEGACY_HOST = "VISMAID1005";
    static final String API_V1 = "VISMAID1006";
    static final String UNKNOWN_SCOPE = "VISMAID1007";
    static final String LEGACY_SCOPE = "VISMAID1008";
    static final String UNKNOWN_CHOICE = "VISMAID1009";
    static final String BAD_DURATION = "VISMAID1010";
    static final String BAD_ENCRYPTION_KEY = "VISMAID1011";
    static final String NO_ENCRYPTION_KEY = "VISMAID1012";
    static final String BAD_PROMPT = "VISMAID1013";
    static final String BLANK_NAME = "VISMAID1014";
    static final String MIXED_PLAIN_HTTP = "VISMAID1024";
    static final String PLAINTEXT_ON_LOOPBACK = "VISMAID1101";
    static final String ERROR_PATH_NOT_IN_APP = "VISMAID1120";
    static final String ERROR_PATH_DOT_SEGMENT = "VISMAID1121";
    static final String ERROR_PATH_QUERY = "VISMAID1122";
    static final String ERROR_PATH_OWN = "VISMAID1123";

    private final List<ConfigProblem> found = new ArrayList<>();

    void add(String id, String message) {
        found.add(new ConfigProblem(id, message));
    }

    List<ConfigProblem> list() {
        return List.copyOf(found);
    }

    /** @throws ConfigurationProblems with everything found, when anything was */
    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ConfigurationProblems(found);
        }
    }

    /** {@code visma.identity.client-id (environment variable VISMA_IDENTITY_CLIENT_ID)}. */
    static String named(String key) {
        return key + " (environment variable " + environmentVariable(key) + ")";
    }

    /**
     * The environment variable MicroProfile Config reads for a key: every character that is not a letter or
     * a digit becomes {@code _}, then all is upper case. Only for messages: the lookup is MicroProfile Config's.
     */
    static String environmentVariable(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}

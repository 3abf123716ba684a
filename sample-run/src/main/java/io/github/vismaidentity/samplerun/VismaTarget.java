package io.github.vismaidentity.samplerun;

import io.github.vismaidentity.emulator.directory.Client;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which Visma the sample talks to, decided by the environment: the emulator, unless
 * {@code VISMA_IDENTITY_CLIENT_ID} is set, in which case the real Visma with the user's client. Either way it
 * says which MicroProfile Config values the server gets as environment variables (ordinal 300), above the
 * WAR's {@code microprofile-config.properties} (100), which point at the emulator on port 9090.
 */
record VismaTarget(boolean emulated, Map<String, String> serverEnvironment) {

    static final String CLIENT_ID = "VISMA_IDENTITY_CLIENT_ID";
    static final String CLIENT_SECRET = "VISMA_IDENTITY_CLIENT_SECRET";
    static final String ISSUER = "VISMA_IDENTITY_ISSUER";
    static final String API_BASE_URL = "VISMA_IDENTITY_API_BASE_URL";
    static final String REDIRECT_URI = "VISMA_IDENTITY_REDIRECT_URI";
    static final String ENCRYPTION_KEY = "VISMA_IDENTITY_ENCRYPTION_KEY";

    static final String EMULATOR_CLIENT_ID = "demo-client";
    static final String EMULATOR_CLIENT_SECRET = "demo-secret";
    static final String VISMA_ISSUER = "https://identity.vismaonline.com";
    static final String VISMA_API = "https://eaccountingapi.vismaonline.com/v2/";

    /**
     * @param environment the launcher's environment
     * @param generatedKey the key kept in the data folder, used when {@value #ENCRYPTION_KEY} is not set
     * @throws IllegalArgumentException when a client id is set without its secret
     */
    static VismaTarget choose(Map<String, String> environment, RunOptions options, String generatedKey) {
        Map<String, String> server = new LinkedHashMap<>();
        if (!set(environment, ENCRYPTION_KEY)) {
            server.put(ENCRYPTION_KEY, generatedKey);
        }
        if (!set(environment, CLIENT_ID)) {
            String emulator = "http://localhost:" + options.emulatorPort();
            server.put(CLIENT_ID, EMULATOR_CLIENT_ID);
            server.put(CLIENT_SECRET, EMULATOR_CLIENT_SECRET);
            server.put(ISSUER, emulator);
            server.put(API_BASE_URL, emulator + "/v2/");
            server.put(REDIRECT_URI, options.appUrl() + "visma/callback");
            return new VismaTarget(true, server);
        }
        if (!set(environment, CLIENT_SECRET)) {
            throw new IllegalArgumentException(CLIENT_ID + " is set, so the sample connects to the real Visma, but "
                    + CLIENT_SECRET + " is not: set it to the client secret of your client in Visma's developer portal.");
        }
        // The WAR's own values point at the emulator: replace what the user left to the defaults.
        if (!set(environment, ISSUER)) {
            server.put(ISSUER, VISMA_ISSUER);
        }
        if (!set(environment, API_BASE_URL)) {
            server.put(API_BASE_URL, VISMA_API);
        }
        return new VismaTarget(false, server);
    }

    /** The emulator's client: the redirect URI and the home page (after sign-out) of the sample on each port. */
    static Client emulatorClient(List<Integer> samplePorts) {
        return new Client(EMULATOR_CLIENT_ID, EMULATOR_CLIENT_SECRET,
                samplePorts.stream().map(port -> URI.create(RunOptions.appUrl(port) + "visma/callback")).toList(),
                samplePorts.stream().map(port -> URI.create(RunOptions.appUrl(port))).toList());
    }

    /** The issuer the server will use. */
    String issuer(Map<String, String> environment) {
        return Optional.ofNullable(serverEnvironment.get(ISSUER)).orElseGet(() -> environment.get(ISSUER));
    }

    private static boolean set(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value != null && !value.isBlank();
    }
}

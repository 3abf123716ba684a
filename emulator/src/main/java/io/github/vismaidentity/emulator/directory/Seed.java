package io.github.vismaidentity.emulator.directory;

import java.net.URI;
import java.util.List;

/** What the emulator knows when started without {@code --users} or {@code --client-id}. */
public final class Seed {

    public static final String CLIENT_ID = "demo-client";
    public static final String CLIENT_SECRET = "demo-secret";
    public static final URI REDIRECT_URI = URI.create("http://localhost:8080/visma/callback");
    public static final URI POST_LOGOUT_REDIRECT_URI = URI.create("http://localhost:8080/");

    private Seed() {
    }

    public static Client client() {
        return new Client(CLIENT_ID, CLIENT_SECRET, List.of(REDIRECT_URI), List.of(POST_LOGOUT_REDIRECT_URI));
    }

    /**
     * {@code demo}/{@code demo} owns "Demo AB" (the default) and "Demo Norge AS";
     * {@code solo}/{@code solo} owns one company, "Solo Konsult AB".
     */
    public static List<User> users() {
        Company demoAb = Company.named("Demo AB", "SE", 312);
        Company demoNorge = Company.named("Demo Norge AS", "NO", 120);
        Company solo = Company.named("Solo Konsult AB", "SE", 3);
        return List.of(
                User.of("demo", "demo", "Demo User", List.of(demoAb, demoNorge)),
                User.of("solo", "solo", "Solo Consultant", List.of(solo)));
    }
}

package io.github.vismaidentity.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.SignIn;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<VismaEmulator> started = new ArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(VismaEmulator::stop);
    }

    private int run(String... args) {
        return Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                started::add, args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsOneListeningLineWithTheBaseUrlOnceItServes() {
        assertThat(run("--port", "0")).isZero();

        VismaEmulator emulator = started.get(0);
        assertThat(out().lines().filter(line -> line.contains("listening on http://")))
                .containsExactly("Visma eAccounting emulator listening on " + emulator.baseUri()
                        + " (issuer " + emulator.issuer() + ", API " + emulator.apiBaseUri() + ")");
        assertThat(new Browserless().get(emulator.discoveryUri()).statusCode()).isEqualTo(200);
    }

    @Test
    void helpPrintsEveryOptionAndStartsNothing() {
        assertThat(run("--help")).isZero();

        assertThat(started).isEmpty();
        assertThat(out()).contains("--port", "--client-id", "--client-secret", "--redirect-uri", "--access-token-ttl",
                "--users", "--rate-limit", "--revoke-family-on-reuse");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "--nope        | x                  | Unknown option '--nope'",
            "--port        | abc                | --port takes a whole number, not 'abc'",
            "--port        | 70000              | Port must be 0 to 65535",
            "--access-token-ttl | 0             | --access-token-ttl takes a number of seconds of 1 or more",
            "--redirect-uri | visma/callback    | --redirect-uri takes an absolute URI",
            "--redirect-uri | http://x/cb#frag  | must be absolute and have no fragment",
            "--users       | /no/such/file.json | Cannot read users file /no/such/file.json",
            "--bind        | no.such.host.invalid | --bind takes an address",
            "--rate-limit  | 0                  | at least 1 request per minute"})
    void refusesABadOptionWithWhatToFixAndTheUsage(String option, String value, String message) {
        assertThat(run(option, value)).isEqualTo(2);

        assertThat(started).isEmpty();
        assertThat(err()).startsWith("error: ").contains(message).contains("Usage: java -jar visma-emulator.jar");
    }

    @Test
    void refusesAnOptionWithoutItsValue() {
        assertThat(run("--port")).isEqualTo(2);

        assertThat(err()).contains("--port needs a value");
    }

    @Test
    void refusesAPortThatIsTaken() {
        run("--port", "0");
        int taken = started.get(0).port();

        assertThat(run("--port", String.valueOf(taken))).isEqualTo(2);
        assertThat(err()).contains("Cannot listen on").contains(String.valueOf(taken)).contains("choose another --port");
    }

    @Test
    void registersTheClientAndEveryRedirectUriGiven() {
        run("--port", "0", "--client-id", "my-app", "--client-secret", "s3cret",
                "--redirect-uri", "http://localhost:8181/cb", "--redirect-uri", "https://app.example/visma/callback");
        VismaEmulator emulator = started.get(0);
        Browserless browser = new Browserless();

        assertThat(authorize(browser, emulator, "my-app", "http://localhost:8181/cb").statusCode()).isEqualTo(302);
        assertThat(authorize(browser, emulator, "my-app", "https://app.example/visma/callback").statusCode()).isEqualTo(302);
        assertThat(authorize(browser, emulator, "my-app", "http://localhost:8181/cb/").statusCode()).isEqualTo(400);
        assertThat(authorize(browser, emulator, "demo-client", "http://localhost:8080/visma/callback").statusCode())
                .as("the custom client replaces demo-client").isEqualTo(400);
    }

    @Test
    void takesUsersFromAFile(@TempDir Path dir) throws Exception {
        Path users = Files.writeString(dir.resolve("users.json"), """
                {"users": [{"username": "erik", "password": "pw", "companies": [{"name": "Erik AB"}]}]}
                """);
        run("--port", "0", "--users", users.toString());
        VismaEmulator emulator = started.get(0);
        Browserless browser = new Browserless();
        URI login = Browserless.location(new SignIn(emulator, browser).authorize());
        HttpResponse<String> demo = browser.postForm(emulator.baseUri().resolve("/account/login"),
                Map.of("request", Browserless.query(login).get("request"), "username", "demo", "password", "demo"));

        assertThat(new SignIn(emulator, new Browserless()).complete("erik", "pw", "Erik AB")).containsKey("code");
        assertThat(demo.body()).as("the file replaces the seeded users").contains("Wrong username or password");
    }

    private static HttpResponse<String> authorize(Browserless browser, VismaEmulator emulator, String clientId,
                                                  String redirectUri) {
        return browser.get(URI.create(emulator.authorizationEndpoint() + "?" + Browserless.form(Map.of(
                "response_type", "code", "client_id", clientId, "redirect_uri", redirectUri,
                "scope", "openid offline_access ea:api", "state", "s"))));
    }
}

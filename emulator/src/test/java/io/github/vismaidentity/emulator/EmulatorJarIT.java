package io.github.vismaidentity.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vismaidentity.emulator.support.Browserless;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The standalone jar, as the README runs it: {@code java -jar emulator/target/visma-emulator.jar}. */
class EmulatorJarIT {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void kill() throws InterruptedException {
        for (Process process : processes) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private Process java(String... args) throws IOException {
        Path jar = Path.of(System.getProperty("emulator.jar"));
        assertThat(jar).as("built by the package phase").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        processes.add(process);
        return process;
    }

    /** Reads the output until the listening line, and returns the URL it names. */
    private static URI awaitListening(Process process) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<URI> listening = CompletableFuture.supplyAsync(() -> {
            StringBuilder seen = new StringBuilder();
            try {
                for (String line; (line = output.readLine()) != null; ) {
                    seen.append(line).append('\n');
                    Matcher matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        return URI.create(matcher.group(1));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            throw new AssertionError("The emulator ended without a listening line:\n" + seen);
        });
        return listening.get(60, TimeUnit.SECONDS);
    }

    @Test
    void startsFromTheJarAndServesDiscoveryTheLoginPageAndTheHomePage() throws Exception {
        URI base = awaitListening(java("--port", "0"));
        Browserless browser = new Browserless();

        assertThat(browser.get(base.resolve("/.well-known/openid-configuration")).body())
                .contains("\"issuer\":\"" + base.toString().replace("/", "\\/") + "\"");
        assertThat(browser.get(base.resolve("/")).body()).contains("Sign in");
    }

    @Test
    void exitsWithStatusTwoAndTheUsageOnABadOption() throws Exception {
        Process process = java("--port", "not-a-number");

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("--port takes a whole number").contains("Usage:");
    }

    @Test
    void readsAUsersFileGivenOnTheCommandLine() throws Exception {
        Path users = Files.writeString(Files.createTempFile("users", ".json"), """
                {"users": [{"username": "erik", "password": "pw", "companies": [{"name": "Erik AB"}]}]}
                """);
        URI base = awaitListening(java("--port", "0", "--users", users.toString()));

        assertThat(logIn(base, "erik", "pw").statusCode()).as("erik is known: on to the client").isEqualTo(302);
        assertThat(logIn(base, "demo", "demo").body()).as("the seeded users are replaced")
                .contains("Wrong username or password");
    }

    private static java.net.http.HttpResponse<String> logIn(URI base, String username, String password) {
        Browserless browser = new Browserless();
        URI login = Browserless.location(browser.get(base.resolve("/connect/authorize?" + Browserless.form(java.util.Map.of(
                "response_type", "code", "client_id", "demo-client", "redirect_uri", "http://localhost:8080/visma/callback",
                "scope", "openid offline_access ea:api")))));
        return browser.postForm(base.resolve("/account/login"), java.util.Map.of(
                "request", Browserless.query(login).get("request"), "username", username, "password", password));
    }
}

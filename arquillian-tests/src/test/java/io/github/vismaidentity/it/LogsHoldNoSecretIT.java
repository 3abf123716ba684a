package io.github.vismaidentity.it;

import io.github.vismaidentity.it.support.IssuedSecrets;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SECURITY.md: never a token, code or secret in a log line. Failsafe runs this in its own execution
 * after every other container test; it reads everything the run printed (the test JVM's output with the
 * Arquillian-managed servers' logs in it, and the process logs of TwoNodesIT's nodes and Derby) and
 * searches it for every code, access token, refresh token and ID token the emulators handed out.
 */
class LogsHoldNoSecretIT {

    private static final Path BUILD = Path.of(System.getProperty("build.directory"));

    @Test
    void noCodeOrTokenHandedOutDuringTheRunAppearsInAnyLog() throws IOException {
        List<String> secrets = IssuedSecrets.all();
        Map<Path, String> logs = logs();

        assertThat(secrets).as("codes and tokens the container tests were given (did they run?)").hasSizeGreaterThan(10);
        assertThat(logs.keySet().stream().map(log -> BUILD.relativize(log).toString())).as("logs of the run")
                .contains("failsafe-reports/io.github.vismaidentity.it.signin.SignInIT-output.txt",
                        "nodes/node-a.log", "nodes/node-b.log");
        assertThat(logs.values().stream().filter(text -> text.contains("Payara Micro") && text.contains("VISMAID")))
                .as("logs with both Payara's and the extension's lines (SignInIT's refusals, TwoNodesIT's VISMAID4002)")
                .hasSizeGreaterThanOrEqualTo(2);
        logs.forEach((log, text) -> assertThat(secrets.stream().filter(text::contains).map(LogsHoldNoSecretIT::hint))
                .as("secrets found in " + BUILD.relativize(log)).isEmpty());
    }

    private static Map<Path, String> logs() throws IOException {
        Stream<Path> outputs = files(BUILD.resolve("failsafe-reports"), "-output.txt");
        Stream<Path> processes = Stream.of("nodes", "derby", "derby-network")
                .flatMap(folder -> files(BUILD.resolve(folder), ".log"));
        return Stream.concat(outputs, processes).collect(Collectors.toMap(Function.identity(), LogsHoldNoSecretIT::read));
    }

    private static Stream<Path> files(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Enough to find the leak, not enough to use it. */
    private static String hint(String secret) {
        return secret.substring(0, Math.min(8, secret.length())) + "… (" + secret.length() + " characters)";
    }
}

package io.github.vismaidentity.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * SECURITY.md: never a token, code or secret in a log line. The logs of a container test run, read whole, and
 * searched for every code and token the emulators handed out ({@link IssuedSecrets}).
 */
public final class LogAudit {

    private LogAudit() {
    }

    /**
     * The logs of a container test run, each with its text: the test JVMs' output in {@code failsafe-reports}
     * (with the output of the servers Arquillian started), and {@code more}.
     */
    public static Map<Path, String> ofRun(Path build, Stream<Path> more) {
        return read(Stream.concat(files(build.resolve("failsafe-reports"), "-output.txt"), more));
    }

    /** The files below {@code folder} whose names end with {@code suffix}; none when there is no such folder. */
    public static Stream<Path> files(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Path, String> read(Stream<Path> files) {
        return files.collect(Collectors.toMap(Function.identity(), LogAudit::read));
    }

    /** Fails naming each log that holds one of the secrets, with a hint of the secret that cannot be used. */
    public static void assertNoSecretIn(Map<Path, String> logs, List<String> secrets, Path base) {
        logs.forEach((log, text) -> assertThat(secrets.stream().filter(text::contains).map(LogAudit::hint))
                .as("secrets found in " + base.relativize(log)).isEmpty());
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Enough to find the leak, not enough to use it. */
    private static String hint(String secret) {
        return secret.substring(0, Math.min(8, secret.length())) + "… (" + secret.length() + " characters)";
    }
}

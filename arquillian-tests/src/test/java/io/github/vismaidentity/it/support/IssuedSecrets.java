package io.github.vismaidentity.it.support;

import io.github.vismaidentity.emulator.VismaEmulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The emulator's record of every code and token it handed out, kept in {@code target/issued-secrets/} for
 * {@code LogsHoldNoSecretIT}, which runs after all container tests and searches their logs for each value.
 * They are test tokens of an emulator that no longer runs when anyone reads the file.
 */
public final class IssuedSecrets {

    private IssuedSecrets() {
    }

    public static Path folder() {
        return Path.of(System.getProperty("build.directory"), "issued-secrets");
    }

    /**
     * Adds what the emulator has handed out so far to {@code name}.txt. Added, not written over: two failsafe
     * executions (two JVMs, two emulators) may keep under the same name, as WildFly's Derby and PostgreSQL runs do.
     */
    public static void keep(String name, VismaEmulator visma) {
        try {
            Files.createDirectories(folder());
            Path file = folder().resolve(name + ".txt");
            Set<String> kept = new LinkedHashSet<>(Files.exists(file) ? Files.readAllLines(file) : List.of());
            kept.addAll(visma.control().issuedSecrets());
            Files.write(file, kept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every value kept by any test class of this run. */
    public static List<String> all() throws IOException {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (var files = Files.list(folder())) {
            return files.flatMap(file -> {
                try {
                    return Files.readAllLines(file).stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).filter(line -> !line.isBlank()).distinct().toList();
        }
    }
}

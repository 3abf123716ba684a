package io.github.vismaidentity.it.support;

import io.github.vismaidentity.emulator.VismaEmulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    /** Writes (or rewrites) {@code name}.txt with what the emulator has handed out so far. */
    public static void keep(String name, VismaEmulator visma) {
        try {
            Files.createDirectories(folder());
            Files.write(folder().resolve(name + ".txt"), visma.control().issuedSecrets());
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

package io.github.vismaidentity.samplerun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders of the launcher's ITs, under the module's {@code target/}. */
final class TestFolders {

    static final Path TARGET = Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();
    static final Path JAR = TARGET.resolve("visma-sample-run.jar");

    private TestFolders() {
    }

    /** {@code target/<name>}, emptied of what an earlier run left there. */
    static Path fresh(String name) throws IOException {
        Path folder = TARGET.resolve(name);
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return folder;
    }
}

package io.github.vismaidentity.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The Java files of every module's {@code src/main/java}: the code the docs are checked against. */
final class MainJavaFiles {

    private MainJavaFiles() {
    }

    /** Every {@code <module>/src/main/java/**.java} under {@code root}, one level of modules deep, in path order. */
    static List<Path> under(Path root) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path main : modules.sorted().map(module -> module.resolve("src/main/java"))
                    .filter(Files::isDirectory).toList()) {
                try (Stream<Path> tree = Files.walk(main)) {
                    tree.filter(file -> file.toString().endsWith(".java")).sorted().forEach(files::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}

package io.github.vismaidentity.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Markdown pages users and contributors read: README.md, every page under docs/, and the READMEs and
 * policies beside the code. A page outside docs/ that does not exist is left out, not reported.
 */
final class ProjectPages {

    private static final List<String> OUTSIDE_DOCS = List.of("README.md", "emulator/README.md",
            "benchmarks/README.md", "server-config/README.md", "CONTRIBUTING.md", "SECURITY.md", "CHANGELOG.md");

    private ProjectPages() {
    }

    /** The pages, relative to the root. */
    static List<Path> under(Path root) {
        List<Path> pages = new ArrayList<>();
        OUTSIDE_DOCS.stream().map(Path::of).filter(page -> Files.isRegularFile(root.resolve(page))).forEach(pages::add);
        try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
            docs.filter(page -> page.toString().endsWith(".md")).sorted().map(root::relativize).forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }
}

package io.github.vismaidentity.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every relative link of the user's and the contributor's pages leads to a file, and each anchor to a heading. */
class RelativeLinksTest {

    private static final Path ROOT = RepositoryRoot.path();
    private static final List<String> PAGES_OUTSIDE_DOCS = List.of("README.md", "emulator/README.md",
            "benchmarks/README.md", "server-config/README.md", "CONTRIBUTING.md", "SECURITY.md", "CHANGELOG.md");

    @Test
    void everyRelativeLinkOfTheReadmeAndTheDocsResolves() throws IOException {
        assertThat(ROOT.resolve("README.md")).isRegularFile();
        assertThat(ROOT.resolve("docs")).isDirectory();

        List<String> problems = new RelativeLinks(ROOT).problems(pages());

        assertThat(problems).as("broken links (page:line: target: what is wrong); fix the target, or the "
                + "anchor to the heading's GitHub slug").isEmpty();
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        PAGES_OUTSIDE_DOCS.stream().map(Path::of).filter(page -> Files.isRegularFile(ROOT.resolve(page)))
                .forEach(pages::add);
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(page -> page.toString().endsWith(".md")).sorted().map(ROOT::relativize).forEach(pages::add);
        }
        return pages;
    }
}

package io.github.vismaidentity.docs;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every relative link of the user's and the contributor's pages leads to a file, and each anchor to a heading. */
class RelativeLinksTest {

    private static final Path ROOT = RepositoryRoot.path();

    @Test
    void everyRelativeLinkOfTheReadmeAndTheDocsResolves() {
        assertThat(ROOT.resolve("README.md")).isRegularFile();
        assertThat(ROOT.resolve("docs")).isDirectory();

        List<String> problems = new RelativeLinks(ROOT).problems(ProjectPages.under(ROOT));

        assertThat(problems).as("broken links (page:line: target: what is wrong); fix the target, or the "
                + "anchor to the heading's GitHub slug").isEmpty();
    }
}

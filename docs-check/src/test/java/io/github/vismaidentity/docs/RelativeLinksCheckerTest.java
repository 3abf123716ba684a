package io.github.vismaidentity.docs;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker against a tiny tree under src/test/resources/links-fixture whose broken links are known. */
class RelativeLinksCheckerTest {

    private static final Path FIXTURE = RepositoryRoot.module().resolve("src/test/resources/links-fixture");

    @Test
    void reportsEachBrokenLinkAndAnchorWithItsLineAndNothingElse() {
        List<String> problems = new RelativeLinks(FIXTURE)
                .problems(List.of(Path.of("README.md"), Path.of("docs/guides/guide.md")));

        assertThat(problems).containsExactly(
                "README.md:9: docs/missing.md: docs/missing.md does not exist",
                "README.md:10: docs/guides/guide.md#third-step: no heading of docs/guides/guide.md has the anchor #third-step",
                "README.md:12: #nowhere: no heading of README.md has the anchor #nowhere",
                "README.md:13: ../../outside.md: leads outside the repository",
                "README.md:18: docs/reference-missing.md: docs/reference-missing.md does not exist");
    }

    @Test
    void findsInlineLinksImagesAndReferenceDefinitionsButNotCodeOrFencedLinks() {
        String page = """
                See [one](a.md) and ![two](b.png "title") and [three](<c d.md>), [four](e.md#f).
                Not `[code](x.md)`, not ``[code `span`](y.md)``.

                [label]: g.md

                ```
                [fenced](z.md)
                ```
                """;

        assertThat(MarkdownLinks.in(page)).extracting(MarkdownLinks.Link::target)
                .containsExactly("a.md", "b.png", "c d.md", "e.md#f", "g.md");
    }
}

package io.github.vismaidentity.docs;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GitHubAnchorsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Troubleshooting by message ID                      | troubleshooting-by-message-id",
            "Your own error page: `visma.identity.error-path`   | your-own-error-page-vismaidentityerror-path",
            "Migrating from Visma's old ID and Auth servers     | migrating-from-vismas-old-id-and-auth-servers",
            "Configuration: VISMAID10xx and 11xx, at deployment | configuration-vismaid10xx-and-11xx-at-deployment",
            "Metrics, error page and readiness: VISMAID602x     | metrics-error-page-and-readiness-vismaid602x",
            "The `sub` claim, *by default*                      | the-sub-claim-by-default",
            "snake_case and `ea:sales_readonly`                 | snake_case-and-easales_readonly",
            "__Bold__ words                                     | bold-words",
            "A [link](other.md) in a heading                    | a-link-in-a-heading",
            "Two  spaces - and a dash                           | two--spaces---and-a-dash",
            "Ünïcode letters stay: Företag                      | ünïcode-letters-stay-företag",
            "Step 1. Build (only the WAR)                       | step-1-build-only-the-war",
    })
    void aHeadingsSlugIsGitHubs(String heading, String slug) {
        assertThat(GitHubAnchors.slug(heading)).isEqualTo(slug);
    }

    @Test
    void aRepeatedHeadingIsNumberedFromOne() {
        String page = """
                # Notes
                ## Example
                ## Example
                ### Example
                """;

        assertThat(GitHubAnchors.of(page)).containsExactly("notes", "example", "example-1", "example-2");
    }

    @Test
    void findsClosedAtxSetextAndHtmlAnchorsButNotHeadingsInCode() {
        String page = """
                ## Closed heading ##

                Setext heading
                ==============

                <a name="kept-by-hand"></a>

                ```bash
                # a comment, no heading
                ```
                #no-space is no heading
                """;

        assertThat(GitHubAnchors.of(page)).containsExactly("closed-heading", "setext-heading", "kept-by-hand");
    }
}

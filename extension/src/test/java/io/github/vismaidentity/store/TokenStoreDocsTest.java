package io.github.vismaidentity.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/token-store.md shows every table definition in the jar word for word and links to its file, so a
 * user who creates the tables by hand runs what the extension would.
 */
class TokenStoreDocsTest {

    private static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();
    private static final Path PAGE = ROOT.resolve("docs/token-store.md");
    private static final Pattern SQL_BLOCK = Pattern.compile("```sql\n(.*?)\n```", Pattern.DOTALL);

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void thePageShowsTheDatabasesFileWordForWordAndLinksToIt(Dialect dialect) throws IOException {
        String page = Files.readString(PAGE);

        assertThat(page).as("a link to " + dialect.resource())
                .contains("](../extension/src/main/resources/" + dialect.resource() + ")");
        assertThat(sqlBlocks(page)).as("copy " + dialect.resource() + " into its block in " + PAGE)
                .contains(resource(dialect).strip());
    }

    @Test
    void thePageHasNoDefinitionBeyondTheJarsFiles() throws IOException {
        assertThat(sqlBlocks(Files.readString(PAGE))).hasSize(Dialect.values().length);
    }

    @Test
    void noPageOfTheProjectPointsAtTheOldPortableFile() throws IOException {
        List<Path> pages;
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            pages = Stream.concat(docs, Stream.of(ROOT.resolve("README.md"), ROOT.resolve("server-config/README.md")))
                    .filter(path -> path.toString().endsWith(".md")).toList();
        }
        for (Path page : pages) {
            assertThat(Files.readString(page)).as(page.toString()).doesNotContain("token-store.sql");
        }
    }

    private static List<String> sqlBlocks(String page) {
        Matcher blocks = SQL_BLOCK.matcher(page);
        return blocks.results().map(block -> block.group(1).strip()).toList();
    }

    private static String resource(Dialect dialect) throws IOException {
        try (InputStream in = Dialect.class.getClassLoader().getResourceAsStream(dialect.resource())) {
            assertThat(in).as(dialect.resource()).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

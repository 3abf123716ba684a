package io.github.vismaidentity.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A guide's example that is also a test in the build is shown word for word, so that what compiles and passes
 * there is what a user copies.
 */
class GuideExamplesTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS_JAVADOC = Pattern.compile("(?s)/\\*\\*.*?\\*/\n");

    @Test
    void theTestingGuideShowsTheEmulatorTestAsItIsInTheBuild() throws IOException {
        Path root = RepositoryRoot.path();
        Path source = root.resolve("emulator-junit/src/test/java/com/example/myapp/VismaAtTheEmulatorTest.java");
        // The file's own javadoc says why it is there; the guide's text says that instead.
        String example = CLASS_JAVADOC.matcher(Files.readString(source)).replaceFirst("").strip();

        assertThat(javaBlocks(Files.readString(root.resolve("docs/guides/testing.md"))))
                .as("docs/guides/testing.md must show " + root.relativize(source)
                        + " word for word (without its javadoc): copy the file into its java block")
                .contains(example);
    }

    private static List<String> javaBlocks(String page) {
        Matcher blocks = JAVA_BLOCK.matcher(page);
        return blocks.results().map(block -> block.group(1).strip()).toList();
    }
}

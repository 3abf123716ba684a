package io.github.vismaidentity.docs;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/reference/messages.md has one entry for each message ID the code defines, and none for an ID the code
 * lacks; no other page names an ID the code lacks. An ID is defined where a string literal in a module's
 * src/main/java starts with it.
 */
class MessageIdsTest {

    private static final Path ROOT = RepositoryRoot.path();
    private static final Path PAGE = ROOT.resolve("docs/reference/messages.md");

    private static final Pattern ANY_ID = Pattern.compile("VISMAID\\d{4}(?!\\d)");

    private static Map<String, List<Path>> defined;
    private static Map<String, List<Integer>> documented;

    @BeforeAll
    static void read() throws IOException {
        defined = MessageIds.definedUnder(ROOT);
        documented = MessageIds.documentedIn(Files.readString(PAGE));
    }

    @Test
    void theScanFindsTheIdsOfTheExtensionAndTheClient() {
        assertThat(defined).as("IDs found under " + ROOT + "/*/src/main/java")
                .containsKeys("VISMAID1001", "VISMAID2004", "VISMAID3003", "VISMAID4007", "VISMAID5006", "VISMAID6041")
                .hasSizeGreaterThanOrEqualTo(90);
    }

    @Test
    void eachIdIsDefinedOnce() {
        Map<String, List<Path>> twice = defined.entrySet().stream().filter(id -> id.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(twice).as("IDs that start more than one literal (the files named): keep one definition, "
                + "refer to it by its constant, or give the other message a new ID and document it in " + PAGE)
                .isEmpty();
    }

    @Test
    void thePageDocumentsEachIdTheCodeDefines() {
        Map<String, List<Path>> undocumented = defined.entrySet().stream()
                .filter(id -> !documented.containsKey(id.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(undocumented).as("IDs defined in these files but without a '### VISMAIDnnnn' entry in " + PAGE
                + ": add one (where it shows, what it means, what to do)").isEmpty();
    }

    @Test
    void thePageDocumentsNoIdTheCodeLacks() {
        Map<String, List<Integer>> stale = documented.entrySet().stream()
                .filter(id -> !defined.containsKey(id.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(stale).as("entries of " + PAGE + " (at these lines) for IDs no literal in */src/main/java "
                + "starts with: remove them, or restore the message").isEmpty();
    }

    @Test
    void eachEntrySaysWhatTheMessageMeansAndWhatToDo() throws IOException {
        String[] entries = Files.readString(PAGE).split("(?m)^(?=#{1,3} )");
        List<String> incomplete = Arrays.stream(entries).filter(entry -> entry.startsWith("### VISMAID"))
                .filter(entry -> !entry.contains("- **Means:** ") || !entry.contains("- **Do:** "))
                .map(entry -> entry.lines().findFirst().orElseThrow()).toList();

        assertThat(incomplete).as("entries of " + PAGE + " without a '- **Means:** ' or a '- **Do:** ' line")
                .isEmpty();
    }

    @Test
    void noPageNamesAnIdTheCodeLacks() throws IOException {
        Map<String, Set<Path>> unknown = new TreeMap<>();
        for (Path page : ProjectPages.under(ROOT)) {
            ANY_ID.matcher(Files.readString(ROOT.resolve(page))).results().map(MatchResult::group)
                    .filter(id -> !defined.containsKey(id))
                    .forEach(id -> unknown.computeIfAbsent(id, any -> new TreeSet<>()).add(page));
        }

        assertThat(unknown).as("IDs that these pages name but no literal in */src/main/java starts with: "
                + "correct the ID, or remove what the page says of a message that is gone").isEmpty();
    }

    @Test
    void thePageHasOneEntryForEachId() {
        Map<String, List<Integer>> repeated = documented.entrySet().stream().filter(id -> id.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(repeated).as("IDs with more than one entry in " + PAGE + " (at these lines): merge them")
                .isEmpty();
    }
}

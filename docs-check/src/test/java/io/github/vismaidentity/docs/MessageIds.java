package io.github.vismaidentity.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each {@code VISMAIDnnnn} is defined in the code and where docs/reference/messages.md documents it.
 * An ID is defined where a string literal in a module's {@code src/main/java} starts with it; it is documented
 * by a heading ({@code ### VISMAID1001}) or a table row whose first cell is the ID.
 */
final class MessageIds {

    private static final Pattern DEFINITION = Pattern.compile("^(VISMAID\\d{4})(?!\\d)");
    private static final Pattern ENTRY = Pattern.compile(
            "^(?:#{1,6}\\s+`?(VISMAID\\d{4})`?\\s*#*\\s*|\\|\\s*`?(VISMAID\\d{4})`?\\s*\\|.*)$");

    private MessageIds() {
    }

    /** Each ID with the files (relative to the root) of every literal that starts with it, in ID order. */
    static Map<String, List<Path>> definedUnder(Path root) {
        Map<String, List<Path>> ids = new TreeMap<>();
        for (Path file : MainJavaFiles.under(root)) {
            for (String literal : JavaStringLiterals.in(read(file))) {
                Matcher id = DEFINITION.matcher(literal);
                if (id.find()) {
                    ids.computeIfAbsent(id.group(1), any -> new ArrayList<>()).add(root.relativize(file));
                }
            }
        }
        return ids;
    }

    /** Each ID the page has an entry for, with the line numbers of its entries, in ID order. */
    static Map<String, List<Integer>> documentedIn(String page) {
        Map<String, List<Integer>> ids = new TreeMap<>();
        for (MarkdownText.Line line : MarkdownText.outsideFences(page)) {
            Matcher entry = ENTRY.matcher(line.text().strip());
            if (entry.matches()) {
                String id = entry.group(1) != null ? entry.group(1) : entry.group(2);
                ids.computeIfAbsent(id, any -> new ArrayList<>()).add(line.number());
            }
        }
        return ids;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.github.vismaidentity.samplerun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recipe in a Markdown page, read as a user copies it: each code block marked with {@code <!-- file: PATH -->}
 * right before its fence is a file to write, each marked with {@code <!-- command: NAME -->} a command to run.
 */
final class RecipePage {

    private static final Pattern MARKED_BLOCK = Pattern.compile(
            "<!-- (file|command): (\\S+) -->\\n```[a-z]*\\n(.*?)```", Pattern.DOTALL);

    private final String text;
    private final Map<String, String> files = new LinkedHashMap<>();
    private final Map<String, String> commands = new LinkedHashMap<>();

    private RecipePage(String text) {
        this.text = text;
        Matcher block = MARKED_BLOCK.matcher(text);
        while (block.find()) {
            (block.group(1).equals("file") ? files : commands).put(block.group(2), block.group(3));
        }
    }

    static RecipePage read(Path page) throws IOException {
        return new RecipePage(Files.readString(page, StandardCharsets.UTF_8));
    }

    /** The marked files, path to content, in the page's order. */
    Map<String, String> files() {
        return files;
    }

    /** The marked command {@code name} as the shell reads it: its lines joined where they end in a backslash. */
    String command(String name) {
        String command = commands.get(name);
        if (command == null) {
            throw new AssertionError("The page has no block marked <!-- command: " + name + " -->; it has "
                    + commands.keySet());
        }
        return command.replaceAll("\\\\\\n\\s*", " ").trim();
    }

    /** The command's words, split at spaces (the recipe's commands quote nothing). */
    List<String> words(String name) {
        return Arrays.asList(command(name).split("\\s+"));
    }

    boolean contains(String line) {
        return text.contains(line);
    }
}

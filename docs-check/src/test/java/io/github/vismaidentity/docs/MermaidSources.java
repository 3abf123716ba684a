package io.github.vismaidentity.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The classes of every module's {@code src/main/java}, by simple name (the file's name), with their source: what a
 * diagram may name. A name two modules share (each has a {@code Main}) has both sources.
 */
final class MermaidSources {

    private final Map<String, List<String>> sources;

    private MermaidSources(Map<String, List<String>> sources) {
        this.sources = sources;
    }

    /** Reads every {@code <module>/src/main/java/**.java} under {@code root}, one level of modules deep. */
    static MermaidSources of(Path root) {
        Map<String, List<String>> sources = new HashMap<>();
        try {
            for (Path file : MainJavaFiles.under(root)) {
                String name = file.getFileName().toString().replace(".java", "");
                sources.computeIfAbsent(name, n -> new ArrayList<>()).add(Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MermaidSources(sources);
    }

    boolean hasClass(String simpleName) {
        return sources.containsKey(simpleName);
    }

    /**
     * Whether the class declares a method (or constructor) of that name: a line that starts with modifiers or a
     * type and then the name and its parenthesis, which a call ({@code x.name(}, {@code return name(}) is not.
     */
    boolean hasMethod(String simpleName, String method) {
        Pattern declaration = Pattern.compile("(?m)^\\s+(?!return\\b|new\\b|throw\\b|else\\b)(?:[\\w<>\\[\\],?@]+\\s+)+"
                + Pattern.quote(method) + "\\s*\\(");
        return sources.getOrDefault(simpleName, List.of()).stream().anyMatch(s -> declaration.matcher(s).find());
    }
}

package io.github.vismaidentity.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * benchmarks/RESULTS.md, made of {@link #PARTS}, each behind a marker line ({@code <!-- run-all part: scale -->})
 * and each saying itself when and on what it ran. {@code run-all --only scale,storm} measures some parts again:
 * those replace their old text, the others stay as they were, so a partial run never drops figures nor passes
 * old ones off as new.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.vismaidentity.benchmarks.ResultsFile RESULTS.md PARTS-FOLDER</pre>
 * writes into RESULTS.md every part for which PARTS-FOLDER holds {@code <part>.md}. A charted part ends with its
 * chart's line ({@link ResultsFigures}), whether the part is new or kept, so a rewrite never drops a chart.
 */
public final class ResultsFile {

    /** The parts in the order the file shows them (and run-all runs them). */
    static final List<String> PARTS = List.of("fast-path", "scale", "side-by-side", "storm", "client");

    private static final Pattern MARKER = Pattern.compile("(?m)^<!-- run-all part: ([a-z-]+) -->\\n");
    private static final String HEADER = """
            # Benchmark results

            Written by `benchmarks/run-all` (method and targets: [README.md](README.md)), part by part: each part says \
            when, from which commit and on what machine it ran, and the machine's load then. The machine is shared: \
            compare figures within one part, where they ran one after the other, not across parts.

            """;

    private ResultsFile() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: ResultsFile RESULTS.md PARTS-FOLDER");
        }
        Path results = Path.of(args[0]);
        Map<String, String> fresh = new LinkedHashMap<>();
        for (String part : PARTS) {
            Path file = Path.of(args[1]).resolve(part + ".md");
            if (Files.exists(file)) {
                fresh.put(part, Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        // A whole run replaces the whole file, whatever was there before.
        boolean whole = fresh.keySet().containsAll(PARTS);
        String old = !whole && Files.exists(results) ? Files.readString(results, StandardCharsets.UTF_8) : "";
        Files.writeString(results, merged(old, fresh), StandardCharsets.UTF_8);
        System.out.println("Written to " + results + ": " + (fresh.isEmpty() ? "no part"
                : String.join(", ", fresh.keySet())) + " measured again");
    }

    /** The file with the {@code fresh} parts in place of the old ones, every part in {@link #PARTS}' order. */
    static String merged(String old, Map<String, String> fresh) {
        for (String part : fresh.keySet()) {
            if (!PARTS.contains(part)) {
                throw new IllegalArgumentException("No part is called " + part + "; the parts are " + PARTS);
            }
        }
        Map<String, String> parts = parts(old);
        parts.putAll(fresh);
        StringBuilder out = new StringBuilder(HEADER);
        for (String part : PARTS) {
            if (parts.containsKey(part)) {
                out.append("<!-- run-all part: ").append(part).append(" -->\n")
                        .append(withFigure(part, parts.get(part))).append("\n\n");
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    /** The part's text, stripped, ending with its chart's line when it has a chart, and with that line only once. */
    private static String withFigure(String part, String text) {
        String stripped = text.strip();
        for (ResultsFigures.Figure figure : ResultsFigures.ALL) {
            stripped = stripped.replace("\n\n" + figure.line(), "").replace(figure.line(), "").strip();
            if (figure.part().equals(part)) {
                stripped = stripped + "\n\n" + figure.line();
            }
        }
        return stripped;
    }

    /** The parts of a results file by name; a file with text but no marker was not written by run-all. */
    static Map<String, String> parts(String text) {
        Map<String, String> parts = new LinkedHashMap<>();
        Matcher marker = MARKER.matcher(text);
        String name = null;
        int from = 0;
        while (marker.find()) {
            if (name != null) {
                parts.put(name, text.substring(from, marker.start()));
            }
            name = marker.group(1);
            if (!PARTS.contains(name)) {
                throw new IllegalArgumentException("The results file has a part called " + name + ", which run-all "
                        + "does not write; the parts are " + PARTS);
            }
            from = marker.end();
        }
        if (name != null) {
            parts.put(name, text.substring(from));
        } else if (!text.isBlank()) {
            throw new IllegalArgumentException("The results file has no '<!-- run-all part: ... -->' marker, so its "
                    + "parts cannot be told apart: run benchmarks/run-all without --only to write it whole");
        }
        return parts;
    }
}

package io.github.vismaidentity.benchmarks;

import io.github.vismaidentity.benchmarks.charts.SideBySideChart;
import io.github.vismaidentity.benchmarks.charts.StormChart;
import io.github.vismaidentity.benchmarks.charts.SvgCharts;
import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws RESULTS.md's figures as charts, SVG files in benchmarks/charts that RESULTS.md shows under their parts
 * ({@link ResultsFigures}; {@link ResultsFile} keeps those lines when it rewrites a part). It reads the tables back from
 * RESULTS.md, so {@code run-all --only charts} draws them again without measuring anything.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.vismaidentity.benchmarks.ResultsCharts RESULTS.md CHARTS-FOLDER</pre>
 */
public final class ResultsCharts {

    private static final Map<String, BiFunction<String, String, JFreeChart>> CHARTS = Map.of(
            "side-by-side", SideBySideChart::of, "storm", StormChart::of);
    private static final Pattern RUN = Pattern.compile("_Run by `benchmarks/run-all` on ([^,]+), commit ([^;]+);");

    private ResultsCharts() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: ResultsCharts RESULTS.md CHARTS-FOLDER");
        }
        System.setProperty("java.awt.headless", "true");
        Map<String, Path> written = write(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8), Path.of(args[1]));
        System.out.println("Charts written: " + written.values());
    }

    /**
     * Draws every figure from the results file's text into {@code folder}.
     *
     * @return each part's chart file
     * @throws IllegalArgumentException when a charted part or its table is missing
     */
    static Map<String, Path> write(String results, Path folder) throws IOException {
        Map<String, String> parts = ResultsFile.parts(results);
        Map<String, Path> written = new LinkedHashMap<>();
        for (ResultsFigures.Figure figure : ResultsFigures.ALL) {
            String part = parts.get(figure.part());
            if (part == null) {
                throw new IllegalArgumentException("RESULTS.md has no part '" + figure.part() + "' to chart: run "
                        + "benchmarks/run-all --only " + figure.part() + " first");
            }
            JFreeChart chart = CHARTS.get(figure.part()).apply(part, subtitle(part));
            Path file = folder.resolve(figure.file());
            SvgCharts.write(chart, 1000, 600, file);
            written.put(figure.part(), file);
        }
        return written;
    }

    /** When and from which commit the part ran, from the line run-all puts under its heading. */
    static String subtitle(String part) {
        Matcher run = RUN.matcher(part);
        return run.find() ? "benchmarks/run-all, " + run.group(1) + ", commit " + run.group(2) : "benchmarks/run-all";
    }
}

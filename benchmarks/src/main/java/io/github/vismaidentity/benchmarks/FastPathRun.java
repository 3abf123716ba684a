package io.github.vismaidentity.benchmarks;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs {@link FastPathBenchmark} through JMH's API (its own settings: 1 fork, 3 × 1 s warm-up, 5 × 1 s
 * measured, with the GC profiler) and writes the results as a markdown table, one row per benchmark and one
 * column per number of cached token sets: the table of RESULTS.md's fast-path part.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.vismaidentity.benchmarks.FastPathRun --out results.md</pre>
 */
public final class FastPathRun {

    private FastPathRun() {
    }

    public static void main(String[] args) throws Exception {
        String out = new RunOptions(Arrays.asList(args)).text("--out", null);
        if (out == null) {
            throw new IllegalArgumentException("Give the markdown file to write, e.g. --out benchmarks/target/fast-path.md");
        }
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(FastPathBenchmark.class.getName() + "\\.")
                .addProfiler(GCProfiler.class)
                .build()).run();
        Files.writeString(Path.of(out), markdown(results), StandardCharsets.UTF_8);
    }

    static String markdown(Collection<RunResult> results) {
        Map<String, Map<Integer, String>> cells = new LinkedHashMap<>();
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            benchmark = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            int sets = Integer.parseInt(run.getParams().getParam("tokenSets"));
            Result<?> time = run.getPrimaryResult();
            // JMH before 1.36 prefixed the profiler's labels with a middle dot.
            Result<?> allocated = run.getSecondaryResults().getOrDefault("gc.alloc.rate.norm",
                    run.getSecondaryResults().get("\u00b7gc.alloc.rate.norm"));
            cells.computeIfAbsent(benchmark, name -> new TreeMap<>()).put(sets, String.format(Locale.ROOT,
                    "%.0f ± %.0f ns, %s", time.getScore(), time.getScoreError(),
                    allocated == null ? "allocation not measured" : String.format(Locale.ROOT, "%.3f B/op", allocated.getScore())));
        }
        StringBuilder out = new StringBuilder("### The fast path: a cached, still-valid access token\n\n");
        List<Integer> sizes = cells.values().stream().flatMap(row -> row.keySet().stream()).distinct().sorted().toList();
        out.append("| benchmark |");
        sizes.forEach(size -> out.append(String.format(Locale.ROOT, size == 1 ? " 1 token set |" : " %,d token sets |", size)));
        out.append("\n|---|").append("---|".repeat(sizes.size())).append('\n');
        cells.forEach((benchmark, row) -> {
            out.append("| `").append(benchmark).append("` |");
            sizes.forEach(size -> out.append(' ').append(row.getOrDefault(size, "")).append(" |"));
            out.append('\n');
        });
        return out.append("\nJMH average time per call (score ± 99.9 % error), 1 fork, 3 × 1 s warm-up, 5 × 1 s measured; "
                + "allocation per call from JMH's GC profiler.\n\n").toString();
    }
}

package io.github.vismaidentity.benchmarks.http;

import io.github.vismaidentity.benchmarks.http.SideBySide.Variant;
import io.github.vismaidentity.benchmarks.http.SideBySide.Measured;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** The side-by-side run's results as markdown tables, with the targets and whether they were met. */
final class HttpLoadReport {

    /** Issue 17: at most this much server CPU per request above the floor mechanism (2 − 4). */
    static final double OWN_CPU_TARGET_MICROS = 10;


    private final StringBuilder out = new StringBuilder();
    private final String setUp;

    /** {@code setUp}: the server and the load generator, said under each section's heading. */
    HttpLoadReport(String setUp) {
        this.setUp = setUp.strip();
    }

    /**
     * Variants in order: 1 unprotected, 2 this extension, 3 the built-in OpenID Connect mechanism, 4 the floor
     * (a mechanism that only reads the session).
     */
    HttpLoadReport sideBySide(Map<Variant, List<Measured>> results, int connections, int seconds) {
        List<Variant> variants = List.copyOf(results.keySet());
        List<List<Measured>> runs = variants.stream().map(results::get).toList();
        line("### The same page on one Payara Micro");
        line("");
        line("%s", setUp);
        line("");
        line("wrk, %d connections, %d rounds of %d s per variant (each round in another order), after a warm-up; "
                + "medians of the rounds; every response checked (HTTP 200 with the signed-in caller on the page). "
                + "Server CPU: Payara's CPU time during the run over its requests.",
                connections, runs.get(0).size(), seconds);
        line("");
        line("| variant | requests/s | each round | p50 latency | p99 latency | server CPU per request | requests | wrong responses |");
        line("|---|---|---|---|---|---|---|---|");
        for (int i = 0; i < variants.size(); i++) {
            List<Measured> measured = runs.get(i);
            line("| %s | %,.0f | %s | %.2f ms | %.2f ms | %.0f µs | %,d | %d |", variants.get(i).label(),
                    median(measured, m -> m.wrk().perSecond()),
                    measured.stream().map(m -> String.format(Locale.ROOT, "%,.0f", m.wrk().perSecond()))
                            .collect(Collectors.joining(" / ")),
                    median(measured, m -> m.wrk().p50Micros()) / 1000, median(measured, m -> m.wrk().p99Micros()) / 1000,
                    median(measured, Measured::cpuMicrosPerRequest),
                    measured.stream().mapToLong(m -> m.wrk().requests()).sum(),
                    measured.stream().mapToLong(m -> m.wrk().wrong()).sum());
        }
        line("");
        ratio("2/1, this extension against the unprotected page", runs.get(1), runs.get(0), 0.95);
        ratio("2/3, this extension against the built-in OpenID Connect mechanism", runs.get(1), runs.get(2), 1.0);
        if (runs.size() > 3) {
            ratio("4/1, the floor against the unprotected page: what the container charges any mechanism",
                    runs.get(3), runs.get(0), Double.NaN);
            ratio("2/4, this extension against the floor: what it costs beyond the container", runs.get(1),
                    runs.get(3), Double.NaN);
            double own = median(runs.get(1), Measured::cpuMicrosPerRequest) - median(runs.get(3), Measured::cpuMicrosPerRequest);
            double container = median(runs.get(3), Measured::cpuMicrosPerRequest) - median(runs.get(0), Measured::cpuMicrosPerRequest);
            line("- Server CPU per request: the container's authentication and authorization add %.0f µs to the "
                    + "unprotected page (4 − 1); this extension adds %.0f µs to that (2 − 4); target ≤ %.0f µs: **%s**.",
                    container, own, OWN_CPU_TARGET_MICROS, own <= OWN_CPU_TARGET_MICROS ? "met" : "missed");
        }
        line("");
        return this;
    }

    /** Per request and part of it, in microseconds of Payara's CPU, from a profiled run. */
    HttpLoadReport cpuProfile(Map<Variant, Map<CpuProfile.Part, Double>> micros, Path recording) {
        List<Variant> variants = List.copyOf(micros.keySet());
        line("### Where Payara's CPU goes on each request (profiled run)");
        line("");
        line("async-profiler in Payara, one sample per millisecond of CPU time (recording: `%s`); the samples taken "
                + "while a variant was measured, by what their stack shows, over that variant's requests. The "
                + "profiler slows the server: compare the columns, not these figures with the table above.", recording);
        line("");
        line("| µs of CPU per request | %s |", variants.stream().map(Variant::label).collect(Collectors.joining(" | ")));
        line("|---|%s", "---|".repeat(variants.size()));
        for (CpuProfile.Part part : CpuProfile.Part.values()) {
            line("| %s | %s |", part.label, variants.stream()
                    .map(v -> String.format(Locale.ROOT, "%.1f", micros.get(v).getOrDefault(part, 0.0)))
                    .collect(Collectors.joining(" | ")));
        }
        line("| **all** | %s |", variants.stream()
                .map(v -> String.format(Locale.ROOT, "**%.1f**",
                        micros.get(v).values().stream().mapToDouble(Double::doubleValue).sum()))
                .collect(Collectors.joining(" | ")));
        line("");
        return this;
    }

    String markdown() {
        return out.toString();
    }

    /**
     * Throughput ratio of the medians, and per round; {@code target} NaN when there is none. The verdict is by the
     * median of the rounds' ratios, as issue 17 words its target: the two variants of a round ran one after the
     * other under the same load, so a round's ratio is the fairer comparison on a shared machine; the ratio of the
     * two medians is printed first, as before.
     */
    private void ratio(String name, List<Measured> numerator, List<Measured> denominator, double target) {
        double ratio = median(numerator, m -> m.wrk().perSecond()) / median(denominator, m -> m.wrk().perSecond());
        double[] rounds = new double[numerator.size()];
        StringBuilder perRound = new StringBuilder();
        for (int i = 0; i < numerator.size(); i++) {
            rounds[i] = numerator.get(i).wrk().perSecond() / denominator.get(i).wrk().perSecond();
            perRound.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", rounds[i]));
        }
        double roundsMedian = median(rounds);
        String verdict = Double.isNaN(target) ? ""
                : String.format(Locale.ROOT, "; target ≥ %.2f in the median of the rounds: **%s**", target,
                        roundsMedian >= target ? "met" : "missed");
        // The same comparison by the server's CPU per request, which other load on the machine disturbs less.
        double byCpu = median(denominator, Measured::cpuMicrosPerRequest) / median(numerator, Measured::cpuMicrosPerRequest);
        line("- Ratio %s: **%.3f** (rounds: %s; their median %.3f)%s; by server CPU per request: %.3f", name, ratio,
                perRound, roundsMedian, verdict, byCpu);
    }

    static double median(List<Measured> runs, ToDoubleFunction<Measured> figure) {
        return median(runs.stream().mapToDouble(figure).toArray());
    }

    private static double median(double[] unsorted) {
        double[] values = unsorted.clone();
        java.util.Arrays.sort(values);
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}

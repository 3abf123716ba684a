package io.github.vismaidentity.benchmarks;

import java.util.List;

/**
 * The charts RESULTS.md shows, each under its part: drawn by {@link ResultsCharts}, kept by {@link ResultsFile} when
 * it rewrites a part. Apart from both so that writing RESULTS.md needs no chart library.
 */
final class ResultsFigures {

    /** A charted part's figure: its file in benchmarks/charts, and the line RESULTS.md shows it with. */
    record Figure(String part, String file, String line) {
    }

    static final List<Figure> ALL = List.of(
            new Figure("side-by-side", "side-by-side.svg",
                    "![Throughput and server CPU per request of the four variants](charts/side-by-side.svg)"),
            new Figure("storm", "storm.svg",
                    "![The storm's p50 and p99 against the token endpoint's, storm by storm](charts/storm.svg)"));

    private ResultsFigures() {
    }
}

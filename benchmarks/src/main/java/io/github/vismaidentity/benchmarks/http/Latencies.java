package io.github.vismaidentity.benchmarks.http;

import java.util.Arrays;
import java.util.Collection;

/** Latencies of one burst of calls, in milliseconds at the nearest-rank percentiles. */
record Latencies(long[] sortedNanos) {

    static Latencies of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted);
    }

    /** All the calls of several bursts together. */
    static Latencies merged(Collection<Latencies> bursts) {
        return of(bursts.stream().flatMapToLong(burst -> Arrays.stream(burst.sortedNanos)).toArray());
    }

    double millisAt(double quantile) {
        int rank = (int) Math.ceil(quantile * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank))] / 1e6;
    }

    double p50() {
        return millisAt(0.5);
    }

    double p99() {
        return millisAt(0.99);
    }

    double max() {
        return millisAt(1.0);
    }

    int count() {
        return sortedNanos.length;
    }
}

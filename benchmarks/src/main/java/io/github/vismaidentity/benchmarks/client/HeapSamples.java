package io.github.vismaidentity.benchmarks.client;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Used-heap samples, each read after a full GC, so that each is what is still reachable at that moment. */
final class HeapSamples {

    private final List<Long> bytes = new ArrayList<>();

    /** Takes one sample now. */
    void sample() {
        bytes.add(usedAfterGc());
    }

    /** Adds a sample taken elsewhere. */
    void add(long used) {
        bytes.add(used);
    }

    int size() {
        return bytes.size();
    }

    long min() {
        return Collections.min(nonEmpty());
    }

    long max() {
        return Collections.max(nonEmpty());
    }

    /** Max minus min: how far the heap moved between the samples. */
    long spread() {
        return max() - min();
    }

    private List<Long> nonEmpty() {
        if (bytes.isEmpty()) {
            throw new IllegalStateException("No heap sample was taken");
        }
        return bytes;
    }

    /**
     * The used heap after {@code System.gc()}, which on the JDK's collectors (G1 here) is a full, stop-the-world
     * collection unless {@code -XX:+DisableExplicitGC} is given (run-all does not): garbage the JSON reader left
     * does not count, what a page or a list still holds does.
     */
    static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

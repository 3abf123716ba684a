package io.github.vismaidentity.benchmarks.http;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankOverTheSortedCalls() {
        // 1 ms to 100 ms, shuffled: the p50 is the 50th smallest, the p99 the 99th.
        long[] nanos = LongStream.rangeClosed(1, 100).map(ms -> (ms * 37 % 101) * 1_000_000).toArray();
        Latencies latencies = Latencies.of(nanos);

        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.p50()).isEqualTo(50.0);
        assertThat(latencies.p99()).isEqualTo(99.0);
        assertThat(latencies.max()).isEqualTo(100.0);
    }

    @Test
    void mergedBurstsAreOnePopulation() {
        Latencies fast = Latencies.of(new long[] {1_000_000, 2_000_000});
        Latencies slow = Latencies.of(new long[] {300_000_000});

        Latencies all = Latencies.merged(List.of(fast, slow));

        assertThat(all.count()).isEqualTo(3);
        assertThat(all.p50()).isEqualTo(2.0);
        assertThat(all.max()).isEqualTo(300.0);
    }
}

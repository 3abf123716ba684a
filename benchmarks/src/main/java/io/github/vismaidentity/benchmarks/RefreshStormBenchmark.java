package io.github.vismaidentity.benchmarks;

import io.github.vismaidentity.store.TokenSetKey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * A refresh storm: the moment the access tokens of {@code tokenSets} token sets expire, {@code threads}
 * threads ask for all of them at once, through the real {@code TokenRefresher}, {@code LockedRefresh},
 * {@code TokenSetStore} on Derby and {@code TokenEndpointClient} over HTTP to the in-process emulator. One
 * measurement is one whole storm (single shot, after a set-up that expires every set); the emulator must
 * have seen exactly one refresh per set and no reuse, and no caller an error, or the benchmark fails.
 *
 * <p>Two baselines with the same sets and the same check say what a storm would cost without contention:
 * {@link #sequentialRefreshes} (one thread, the same refresher: network, database and ID token check per
 * set) and {@link #tokenEndpointOnly} (the token endpoint's round trips alone).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
// The emulator's JDK HttpServer leaves Nagle's algorithm on unless told otherwise; on loopback its small writes then
// wait for the client's delayed ACK, and a token call took some 60 ms instead of some 20 ms here: an artefact of
// the test double that would swamp what is measured. Real Visma's latency is its own; this benchmark is the refresher's.
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
public class RefreshStormBenchmark {

    @Benchmark
    public void storm(StormWorld world, Crowd crowd, StormTally tally) throws InterruptedException {
        crowd.storm();
        tally.check(world, crowd.errors(), crowd.setsWithSeveralAccessTokens(), crowd.firstError());
    }

    @Benchmark
    public void sequentialRefreshes(StormWorld world, StormTally tally, Blackhole blackhole) {
        for (TokenSetKey key : world.keys) {
            // An exception here ends the benchmark by itself; the tally checks the count.
            blackhole.consume(world.refresher.validTokenSet(key));
        }
        tally.check(world, 0, 0, null);
    }

    @Benchmark
    public void tokenEndpointOnly(StormWorld world, EndpointOnly endpoint, StormTally tally) {
        endpoint.refreshEachOnce(world);
        tally.check(world, 0, 0, null);
    }
}

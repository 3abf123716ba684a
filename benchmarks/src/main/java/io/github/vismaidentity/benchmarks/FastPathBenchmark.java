package io.github.vismaidentity.benchmarks;

import io.github.vismaidentity.refresh.TokenRefresher;
import io.github.vismaidentity.store.TokenCipher;
import io.github.vismaidentity.store.TokenSet;
import io.github.vismaidentity.store.TokenSetKey;
import io.github.vismaidentity.store.TokenSetStore;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The fast path of every token request: a cached access token that is still valid for longer than the
 * refresh skew, handed out with no database and no network call. The token set is stored in an in-memory
 * Derby database with a long expiry and read once in the set-up, so every measured call is a cache hit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FastPathBenchmark {

    private TokenRefresher refresher;
    private TokenSetKey key;

    @Setup
    public void storeOneTokenSetAndWarmTheCache() {
        EmbeddedDataSource dataSource = BenchmarkWiring.inMemoryDerby("fast-path");
        TokenSetStore store = new TokenSetStore(dataSource, TokenCipher.plaintext(), Clock.systemUTC());
        key = new TokenSetKey("benchmark-client", "00000000-0000-0000-0000-000000000001", "company");
        store.save(key, "Company", "access-token", "refresh-token", Instant.now().plus(Duration.ofDays(1)),
                "openid offline_access ea:api");
        // Nothing listens at the issuer: a cache hit must never reach it.
        refresher = BenchmarkWiring.refresher(BenchmarkWiring.settings("benchmark-client", "secret",
                "http://localhost:1", URI.create("http://localhost:1/v2/"), Optional.empty(),
                "openid offline_access ea:api"), dataSource, store, Clock.systemUTC());
        refresher.validTokenSet(key);
    }

    @Benchmark
    public TokenSet cachedTokenOneThread() {
        return refresher.validTokenSet(key);
    }

    @Benchmark
    @Threads(2)
    public TokenSet cachedTokenTwoThreads() {
        return refresher.validTokenSet(key);
    }
}

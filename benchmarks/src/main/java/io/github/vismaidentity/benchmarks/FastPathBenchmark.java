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
import org.openjdk.jmh.annotations.Param;
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
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The fast path of every token request: a cached access token that is still valid for longer than the
 * refresh skew, handed out with no database and no network call. {@code tokenSets} token sets (1, 1,000 or
 * 10,000) are stored in an in-memory Derby database with a long expiry and each read once in the set-up, so
 * every measured call is a cache hit. In {@code cachedToken*} each thread asks for the sets in turn, so every
 * lookup of a large cache also finds its objects outside the CPU's caches; {@code sameCachedToken} asks for one
 * set among them all, which isolates the lookup from the memory hierarchy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FastPathBenchmark {

    @Param({"1", "1000", "10000"})
    public int tokenSets;

    private TokenRefresher refresher;
    private TokenSetKey[] keys;

    @Setup
    public void storeTheTokenSetsAndWarmTheCache() {
        EmbeddedDataSource dataSource = BenchmarkWiring.inMemoryDerby("fast-path-" + tokenSets);
        TokenSetStore store = new TokenSetStore(dataSource, TokenCipher.plaintext(), Clock.systemUTC());
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        keys = new TokenSetKey[tokenSets];
        for (int i = 0; i < tokenSets; i++) {
            // Realistic shapes: a GUID subject, a GUID company, tokens of a JWT's length.
            keys[i] = new TokenSetKey("benchmark-client", new UUID(1, i).toString(), new UUID(2, i).toString());
            store.save(keys[i], "Company " + i, "access-token-" + i + "-".repeat(900),
                    "refresh-token-" + i + "-".repeat(50), tomorrow, "openid offline_access ea:api");
        }
        // Nothing listens at the issuer: a cache hit must never reach it.
        refresher = BenchmarkWiring.refresher(BenchmarkWiring.settings("benchmark-client", "secret",
                "http://localhost:1", URI.create("http://localhost:1/v2/"), Optional.empty(),
                "openid offline_access ea:api"), dataSource, store, Clock.systemUTC());
        for (TokenSetKey key : keys) {
            refresher.validTokenSet(key);
        }
    }

    /** Each thread's place in the keys: a shared counter would measure its own contention. */
    @State(Scope.Thread)
    public static class Turn {
        int next;

        TokenSetKey of(TokenSetKey[] keys) {
            int i = next;
            next = i + 1 == keys.length ? 0 : i + 1;
            return keys[i];
        }
    }

    @Benchmark
    public TokenSet cachedTokenOneThread(Turn turn) {
        return refresher.validTokenSet(turn.of(keys));
    }

    /** One set asked for again and again, among {@code tokenSets} cached ones: the lookup, with warm CPU caches. */
    @Benchmark
    public TokenSet sameCachedTokenOneThread() {
        return refresher.validTokenSet(keys[keys.length / 2]);
    }

    @Benchmark
    @Threads(2)
    public TokenSet cachedTokenTwoThreads(Turn turn) {
        return refresher.validTokenSet(turn.of(keys));
    }
}

package io.github.vismaidentity.benchmarks;

import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import io.github.vismaidentity.VismaIdentityDefinition.ClientAuthentication;
import io.github.vismaidentity.VismaIdentityDefinition.CompanySelection;
import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.protocol.Discovery;
import io.github.vismaidentity.protocol.IdTokenVerifiers;
import io.github.vismaidentity.protocol.TokenEndpointClient;
import io.github.vismaidentity.protocol.VismaHttp;
import io.github.vismaidentity.refresh.LockedRefresh;
import io.github.vismaidentity.refresh.RefreshIdTokenCheck;
import io.github.vismaidentity.refresh.TokenRefresher;
import io.github.vismaidentity.store.LocalTransactions;
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
import java.util.Set;
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
        System.setProperty("derby.stream.error.file", System.getProperty("java.io.tmpdir") + "/benchmarks-derby.log");
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:fast-path");
        dataSource.setCreateDatabase("create");
        VismaIdentitySettings settings = settings();
        TokenSetStore store = new TokenSetStore(dataSource, TokenCipher.plaintext(), Clock.systemUTC());
        key = new TokenSetKey("benchmark-client", "00000000-0000-0000-0000-000000000001", "company");
        store.save(key, "Company", "access-token", "refresh-token", Instant.now().plus(Duration.ofDays(1)),
                "openid offline_access ea:api");
        VismaHttp http = new VismaHttp(settings);
        Discovery discovery = new Discovery(settings, http);
        refresher = new TokenRefresher(new LockedRefresh(store, new LocalTransactions(dataSource),
                new TokenEndpointClient(settings, http, Clock.systemUTC()), discovery,
                new RefreshIdTokenCheck(new IdTokenVerifiers(settings, discovery)), Clock.systemUTC(),
                Duration.ofSeconds(60)));
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

    private static VismaIdentitySettings settings() {
        return new VismaIdentitySettings(new ClientID("benchmark-client"), new Secret("secret"),
                new Issuer("http://localhost:1"), URI.create("http://localhost:1/v2/"), Optional.empty(),
                com.nimbusds.oauth2.sdk.Scope.parse("openid offline_access ea:api"), Optional.empty(), CompanySelection.DEFAULT,
                ClientAuthentication.BASIC, "unused", Optional.empty(), java.util.List.of(), Duration.ofSeconds(60), Duration.ofSeconds(2),
                Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofSeconds(60), Duration.ofSeconds(10), "sub",
                Set.of(), false,
                VismaIdentitySettings.EndpointOverrides.none());
    }
}

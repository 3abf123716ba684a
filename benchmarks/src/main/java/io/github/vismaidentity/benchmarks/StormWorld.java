package io.github.vismaidentity.benchmarks;

import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.EmulatorClock;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.protocol.TokenEndpointClient;
import io.github.vismaidentity.protocol.VismaHttp;
import io.github.vismaidentity.refresh.TokenRefresher;
import io.github.vismaidentity.store.TokenCipher;
import io.github.vismaidentity.store.TokenSetKey;
import io.github.vismaidentity.store.TokenSetStore;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a storm runs against, once per trial: the in-process emulator over real HTTP, an in-memory Derby
 * token store, {@code tokenSets} users signed in for real, and one node's {@link TokenRefresher} over them.
 * Before every measured call all access tokens are expired by moving the client's clock on by an hour.
 */
@State(Scope.Benchmark)
public class StormWorld {

    /** How many token sets the storm asks for: each must be refreshed exactly once per storm. */
    @Param({"1", "10", "100"})
    public int tokenSets;

    /** The client's clock. Only it moves: the emulator and ID token checks keep real time, so nothing they issue expires. */
    final EmulatorClock clientClock = new EmulatorClock(Clock.systemUTC());
    final List<TokenSetKey> keys = new ArrayList<>();
    VismaEmulator emulator;
    StormSignIns signIns;
    TokenRefresher refresher;
    TokenEndpointClient tokenEndpoint;

    private static final int WARM_UP_REFRESHES = 300;

    private long refreshesBefore;
    private long reusesBefore;
    private long refreshesAfterSignIn;
    private long expiries;

    @Setup(Level.Trial)
    public void signEveryoneIn() {
        emulator = VismaEmulator.builder()
                .users(StormSignIns.users(tokenSets))
                // Every sign-in looks the company up at the API: 100 of them must not hit the 600 a minute.
                .rateLimitPerMinute(1_000_000)
                .admin(false)
                .playground(false)
                .start();
        VismaIdentitySettings settings = BenchmarkWiring.settings(Seed.CLIENT_ID, Seed.CLIENT_SECRET,
                emulator.issuer(), emulator.apiBaseUri(), Optional.of(Seed.REDIRECT_URI),
                "openid offline_access ea:api ea:sales");
        EmbeddedDataSource dataSource = BenchmarkWiring.inMemoryDerby("refresh-storm-" + UUID.randomUUID());
        TokenSetStore store = new TokenSetStore(dataSource, TokenCipher.plaintext(), clientClock);
        signIns = new StormSignIns(emulator, settings, clientClock);
        for (int i = 0; i < tokenSets; i++) {
            keys.add(signIns.signInAndStore(i, store, new Browserless()));
        }
        refresher = BenchmarkWiring.refresher(settings, dataSource, store, clientClock);
        tokenEndpoint = new TokenEndpointClient(settings, new VismaHttp(settings), clientClock);
        refreshesAfterSignIn = count(Counter.REFRESH_TOKEN_GRANTS);
        warmTheRefreshPath();
    }

    /**
     * Some {@value #WARM_UP_REFRESHES} refreshes, one set after the other, before JMH's own warm-up: with one
     * token set, JMH's five warm-up storms are five refreshes, far too few for the JIT to compile the HTTP
     * client, the JWT checks and Derby, and a cold storm would measure the interpreter. Counted like storms.
     */
    private void warmTheRefreshPath() {
        for (int done = 0; done < WARM_UP_REFRESHES; done += tokenSets) {
            clientClock.advance(Duration.ofHours(1));
            expiries++;
            keys.forEach(refresher::validTokenSet);
        }
    }

    /**
     * Every access token, cached and stored, now lies an hour behind the client's clock, far inside the
     * refresh skew. Runs outside the measured time (JMH's per-invocation set-up, sound for single-shot runs).
     */
    @Setup(Level.Invocation)
    public void expireEverySet() {
        clientClock.advance(Duration.ofHours(1));
        expiries++;
        refreshesBefore = count(Counter.REFRESH_TOKEN_GRANTS);
        reusesBefore = count(Counter.REFRESH_TOKEN_REUSES);
    }

    /** Refresh-token requests the emulator received since the last expiry, valid or not. */
    long refreshesSinceExpiry() {
        return count(Counter.REFRESH_TOKEN_GRANTS) - refreshesBefore;
    }

    /** Refresh tokens sent a second time since the last expiry: each one a user who must sign in again. */
    long reusesSinceExpiry() {
        return count(Counter.REFRESH_TOKEN_REUSES) - reusesBefore;
    }

    URI tokenEndpointUri() {
        return emulator.tokenEndpoint();
    }

    /** The whole trial, warm-up included, must also add up: one refresh per set per expiry, no reuse ever. */
    @TearDown(Level.Trial)
    public void checkTheTrialAndStop() {
        try {
            long refreshes = count(Counter.REFRESH_TOKEN_GRANTS) - refreshesAfterSignIn;
            long reuses = count(Counter.REFRESH_TOKEN_REUSES);
            String tally = refreshes + " refresh calls for " + expiries + " expiries (warm-up included) of "
                    + tokenSets + " token sets, " + reuses + " refresh-token reuses";
            if (refreshes != expiries * tokenSets || reuses != 0) {
                throw new IllegalStateException("Wrong trial, not to be published: " + tally + "; must be "
                        + expiries * tokenSets + " and 0");
            }
            // JMH shows the forked VM's output: the reader sees the whole trial was checked, not only the figures.
            System.out.println("Checked: " + tally + ": one refresh per set per expiry, no reuse.");
        } finally {
            emulator.close();
        }
    }

    private long count(Counter counter) {
        return emulator.control().count(counter);
    }
}

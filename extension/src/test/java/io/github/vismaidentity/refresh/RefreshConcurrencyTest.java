package io.github.vismaidentity.refresh;

import io.github.vismaidentity.VismaReauthenticationRequiredException;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.control.Fault;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.store.LocalTransactions;
import io.github.vismaidentity.store.TokenSet;
import io.github.vismaidentity.store.TokenTransactions;
import io.github.vismaidentity.support.databases.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * SECURITY.md items 20, 21 and 23: one refresh however many ask, and no rotated token lost to a failed commit
 * or a killed database session; on each database ({@link TestDatabase#current()}).
 */
class RefreshConcurrencyTest extends EmulatorTestBase {

    /** How long Visma holds a refresh in the kill tests: the node's read timeout is 5 s. */
    private static final Duration AT_VISMA = Duration.ofSeconds(3);

    private RefreshFixture fixture;

    @BeforeEach
    void signInAndExpire() {
        fixture = new RefreshFixture(emulator, browser);
        fixture.expire();
    }

    @Test
    void fiftyThreadsAskingForAnExpiredTokenCauseExactlyOneRefresh() throws Exception {
        TokenRefresher node = fixture.node();
        int connections = fixture.dataSource.connections();

        List<TokenSet> results = concurrently(50, () -> node.validTokenSet(fixture.key));

        assertThat(results).hasSize(50).extracting(TokenSet::accessToken).containsOnly(results.get(0).accessToken());
        assertThat(fixture.dataSource.connections() - connections)
                .as("database transactions: the waiting threads share the one refresh").isLessThan(10);
        assertThat(emulator.control().count(Counter.REFRESH_TOKEN_GRANTS)).isEqualTo(1);
        assertThat(emulator.control().count(Counter.REFRESH_TOKEN_REUSES)).isZero();
    }

    @Test
    void twoNodesSharingTheDatabaseRefreshOnceAndTheLoserUsesTheWinnersTokens() throws Exception {
        TokenRefresher first = fixture.node();
        TokenRefresher second = fixture.node();
        AtomicInteger turn = new AtomicInteger();

        List<TokenSet> results = concurrently(40, () -> (turn.getAndIncrement() % 2 == 0 ? first : second)
                .validTokenSet(fixture.key));

        assertThat(results).extracting(TokenSet::accessToken).containsOnly(results.get(0).accessToken());
        assertThat(results).extracting(TokenSet::version).containsOnly(2L);
        assertThat(emulator.control().count(Counter.REFRESH_TOKEN_GRANTS)).isEqualTo(1);
        assertThat(emulator.control().count(Counter.REFRESH_TOKEN_REUSES)).isZero();
    }

    @Test
    void aCommitThatFailsAfterVismaAnsweredIsWrittenAgainFromMemoryWithoutAnotherRefresh() {
        TokenSet fresh = fixture.node(real -> RefreshFixture.failingCommits(real, 1)).validTokenSet(fixture.key);

        assertThat(fixture.store().find(fixture.key).orElseThrow()).isEqualTo(fresh);
        assertThat(fresh.version()).isEqualTo(2);
        assertThat(emulator.control().count(Counter.REFRESH_TOKEN_GRANTS)).isEqualTo(1);
    }

    @Test
    void whenTheNewTokensCannotBeSavedAtAllTheErrorSaysTheUserMustSignInAgain() {
        TokenRefresher broken = fixture.node(real -> RefreshFixture.failingCommits(real, Integer.MAX_VALUE));

        assertThatThrownBy(() -> broken.validTokenSet(fixture.key))
                .isInstanceOfSatisfying(VismaReauthenticationRequiredException.class, failure -> {
                    assertThat(failure.messageId()).isEqualTo(LockedRefresh.NOT_SAVED);
                    assertThat(failure.getMessage()).contains("could not be saved", "commit refused");
                });
        assertThat(emulator.control().count(Counter.REFRESH_TOKEN_GRANTS)).isEqualTo(1);
    }

    @Test
    void rewritesFromMemoryPauseBetweenAttemptsLongerEachTimeWithinABound() {
        TokenRefresher broken = fixture.node(real -> RefreshFixture.failingCommits(real, Integer.MAX_VALUE));

        assertThatThrownBy(() -> broken.validTokenSet(fixture.key)).isInstanceOf(VismaReauthenticationRequiredException.class);

        assertThat(fixture.pauses).as("one pause before each of the three rewrites").hasSize(3);
        assertThat(fixture.pauses).isSortedAccordingTo(Duration::compareTo).doesNotHaveDuplicates();
        assertThat(fixture.pauses.get(0)).isPositive();
        assertThat(fixture.pauses.stream().reduce(Duration.ZERO, Duration::plus))
                .as("the request thread is held a bounded time").isLessThanOrEqualTo(Duration.ofSeconds(2));
    }

    // A node's database session killed mid-refresh: the database rolls the refresh's transaction back and
    // lets its row lock go, so no half-written row is ever read, and the rotated tokens Visma already handed
    // out are not lost (the node writes them again from memory, on a new connection). The kill of a whole
    // process, with its one unavoidable reuse, is TwoNodesIT's.
    @Test
    void aSessionKilledWhileItsRefreshWaitsForVismaFreesTheRowWholeAndTheRotatedTokensAreStillSaved()
            throws Exception {
        TokenSet before = fixture.store().find(fixture.key).orElseThrow();
        AtomicReference<TestDatabase.KillSwitch> kill = new AtomicReference<>();
        TokenRefresher dying = fixture.node(real -> armed(real, kill, false));
        emulator.control().injectFault(Endpoint.TOKEN, new Fault.Delay(AT_VISMA), 1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<TokenSet> refresh = thread.submit(() -> dying.validTokenSet(fixture.key));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> emulator.control().count(Counter.FAULTS_INJECTED) == 1 && kill.get() != null);

            kill.get().pull();

            assertThat(lockAndReadOnAnotherNode()).as("at once, while Visma still holds the refresh")
                    .isEqualTo(before);
            TokenSet refreshed = refresh.get(1, TimeUnit.MINUTES);
            assertThat(refreshed.version()).isEqualTo(2);
            assertThat(fixture.store().find(fixture.key)).contains(refreshed);
        } finally {
            thread.shutdownNow();
        }
        assertRefreshableOnceMore();
    }

    @Test
    void aSessionKilledAfterTheRefreshedRowWasWrittenButBeforeItsCommitLosesNoToken() {
        AtomicReference<TestDatabase.KillSwitch> kill = new AtomicReference<>();

        TokenSet refreshed = fixture.node(real -> armed(real, kill, true)).validTokenSet(fixture.key);

        assertThat(refreshed.version()).isEqualTo(2);
        assertThat(fixture.store().find(fixture.key)).contains(refreshed);
        assertThat(fixture.pauses).as("written again from memory").isNotEmpty();
        assertRefreshableOnceMore();
    }

    /** Another node can lock the row and read it, well within its refresh's bounds. */
    private TokenSet lockAndReadOnAnotherNode() throws Exception {
        return CompletableFuture.supplyAsync(() -> new LocalTransactions(fixture.raw).inNewTransaction(
                connection -> fixture.store().lockAndRead(connection, fixture.key).orElseThrow()))
                .get(10, TimeUnit.SECONDS);
    }

    private void assertRefreshableOnceMore() {
        fixture.expire();
        TokenSet next = fixture.node().validTokenSet(fixture.key);

        assertThat(next.version()).isEqualTo(3);
        assertThat(emulator.control().count(Counter.REFRESH_TOKEN_GRANTS)).isEqualTo(2);
        assertThat(emulator.control().count(Counter.REFRESH_TOKEN_REUSES)).isZero();
    }

    /**
     * The node's first transaction, with a kill switch on its session: handed to the test as soon as the
     * transaction begins, or pulled here once its work is done and before it commits.
     */
    private TokenTransactions armed(TokenTransactions real, AtomicReference<TestDatabase.KillSwitch> kill,
                                    boolean beforeCommit) {
        AtomicBoolean first = new AtomicBoolean(true);
        return new TokenTransactions() {
            @Override
            public <T> T inNewTransaction(Work<T> work) {
                if (!first.compareAndSet(true, false)) {
                    return real.inNewTransaction(work);
                }
                return real.inNewTransaction((Connection connection) -> {
                    kill.set(fixture.database.killSwitch(connection));
                    T result = work.run(connection);
                    if (beforeCommit) {
                        kill.get().pull();
                    }
                    return result;
                });
            }
        };
    }

    private static <T> List<T> concurrently(int threads, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}

package io.github.vismaidentity.refresh;

import io.github.vismaidentity.VismaReauthenticationRequiredException;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.store.TokenSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SECURITY.md items 20, 21 and 23: one refresh however many ask, and no rotated token lost to a failed commit. */
class RefreshConcurrencyTest extends EmulatorTestBase {

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

package io.github.vismaidentity.refresh;

import io.github.vismaidentity.VismaReauthenticationRequiredException;
import io.github.vismaidentity.VismaTransientException;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.store.TokenSet;
import io.github.vismaidentity.store.TokenStoreException;
import io.github.vismaidentity.store.TokenTransactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 14, item 6: after {@code disconnect} returns, no node hands out the deleted set's token; another node
 * stops within the recheck interval, and the node that disconnected at once, even with a refresh in flight; on
 * each database (issue 15).
 */
class DisconnectAcrossNodesTest extends EmulatorTestBase {

    private RefreshFixture fixture;

    @BeforeEach
    void signIn() {
        fixture = new RefreshFixture(emulator, browser);
    }

    @Test
    void aNodeStopsHandingOutATokenDisconnectedOnAnotherNodeOnceTheRecheckIntervalHasPassed() {
        TokenRefresher nodeA = fixture.node();
        TokenRefresher nodeB = fixture.node();
        nodeA.validTokenSet(fixture.key);

        nodeB.disconnect(fixture.key);
        fixture.harness.clock.advance(RefreshFixture.RECHECK.plusMillis(1));

        assertNotConnected(nodeA);
    }

    @Test
    void aCachedSetIsRecheckedWithOneReadAfterTheIntervalAndKeptWhenNothingChanged() {
        TokenRefresher node = fixture.node();
        TokenSet cached = node.validTokenSet(fixture.key);
        fixture.harness.clock.advance(RefreshFixture.RECHECK.minusMillis(1));
        int connections = fixture.dataSource.connections();
        assertThat(node.validTokenSet(fixture.key)).isSameAs(cached);
        assertThat(fixture.dataSource.connections()).as("within the interval").isEqualTo(connections);

        fixture.harness.clock.advance(Duration.ofMillis(2));

        assertThat(node.validTokenSet(fixture.key)).isSameAs(cached);
        assertThat(fixture.dataSource.connections() - connections).as("one read of the row").isEqualTo(1);
        assertThat(node.validTokenSet(fixture.key)).isSameAs(cached);
        assertThat(fixture.dataSource.connections() - connections).as("and no more until the next interval").isEqualTo(1);
        assertThat(emulator.control().count(Counter.REFRESH_TOKEN_GRANTS)).isZero();
    }

    @Test
    void aSetRefreshedOnAnotherNodeIsReadAgainAfterTheRecheckInterval() {
        TokenRefresher nodeA = fixture.node();
        TokenRefresher nodeB = fixture.node();
        TokenSet onA = nodeA.validTokenSet(fixture.key);
        TokenSet onB = nodeB.replaceRejected(fixture.key, onA.accessToken());

        fixture.harness.clock.advance(RefreshFixture.RECHECK.plusMillis(1));

        assertThat(nodeA.validTokenSet(fixture.key).accessToken()).isEqualTo(onB.accessToken());
    }

    @Test
    void aRecheckThatCannotReachTheDatabaseHandsOutNothing() {
        AtomicBoolean databaseDown = new AtomicBoolean();
        TokenRefresher node = fixture.node(real -> new TokenTransactions() {
            @Override
            public <T> T inNewTransaction(Work<T> work) {
                if (databaseDown.get()) {
                    throw new TokenStoreException(TokenStoreException.DATABASE + ": The database is away.");
                }
                return real.inNewTransaction(work);
            }
        });
        node.validTokenSet(fixture.key);
        databaseDown.set(true);

        fixture.harness.clock.advance(RefreshFixture.RECHECK.plusMillis(1));

        assertThatThrownBy(() -> node.validTokenSet(fixture.key)).isInstanceOfSatisfying(VismaTransientException.class,
                failure -> assertThat(failure.messageId()).isEqualTo(LockedRefresh.FAILED));
    }

    @Test
    void aRefreshInFlightWhileTheSameNodeDisconnectsDoesNotPutTheSetBack() throws Exception {
        CountDownLatch committed = new CountDownLatch(1);
        CountDownLatch disconnected = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        TokenRefresher node = fixture.node(real -> new TokenTransactions() {
            @Override
            public <T> T inNewTransaction(Work<T> work) {
                T result = real.inNewTransaction(work);
                if (first.getAndSet(false)) {
                    // The refresh has committed; its caller is not yet back: the disconnect runs now.
                    committed.countDown();
                    awaitQuietly(disconnected);
                }
                return result;
            }
        });
        fixture.expire();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<TokenSet> inFlight = pool.submit(() -> node.validTokenSet(fixture.key));
            assertThat(committed.await(30, TimeUnit.SECONDS)).isTrue();

            node.disconnect(fixture.key);
            disconnected.countDown();
            inFlight.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertNotConnected(node);
    }

    private void assertNotConnected(TokenRefresher node) {
        assertThatThrownBy(() -> node.validTokenSet(fixture.key))
                .isInstanceOfSatisfying(VismaReauthenticationRequiredException.class,
                        failure -> assertThat(failure.messageId()).isEqualTo(LockedRefresh.NOT_CONNECTED));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

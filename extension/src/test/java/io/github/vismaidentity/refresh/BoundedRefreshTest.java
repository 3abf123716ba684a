package io.github.vismaidentity.refresh;

import io.github.vismaidentity.VismaTransientException;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.control.Fault;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.protocol.TokenEndpointClient;
import io.github.vismaidentity.protocol.VismaHttp;
import io.github.vismaidentity.store.LocalTransactions;
import io.github.vismaidentity.store.TokenCipher;
import io.github.vismaidentity.store.TokenSet;
import io.github.vismaidentity.support.TestSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 14 item 2: a token endpoint (or a proxy) that sends its headers and then stalls, or sends an
 * answer of any size, holds no refresh, no transaction and no waiting caller beyond the configured
 * timeouts. The bounds asserted are generous; what they rule out is waiting for the emulator's stall.
 */
class BoundedRefreshTest extends EmulatorTestBase {

    /** The node's connect and read timeouts: a waiter's bound is 4 × (1 + 2) s = 12 s. */
    private static final Duration CONNECT = Duration.ofSeconds(1);
    private static final Duration READ = Duration.ofSeconds(2);
    /** Far longer than any bound: a test that waits for it fails on its own timeout first. */
    private static final Duration STALL = Duration.ofMinutes(3);
    /** Generous against the bounds (two token requests of 2 s; 12 s for a waiter), far below the stall. */
    private static final Duration GENEROUS = Duration.ofSeconds(40);

    private RefreshFixture fixture;
    private TokenSet before;

    @BeforeEach
    void signInAndExpire() {
        fixture = new RefreshFixture(emulator, browser);
        before = fixture.store().find(fixture.key).orElseThrow();
        fixture.expire();
    }

    /** A node with the short timeouts; the sign-in before used the usual ones, on a busy machine. */
    private TokenRefresher node() {
        return fixture.node(transactions -> transactions,
                TestSettings.forEmulator(emulator).connectTimeout(CONNECT).readTimeout(READ).build(), TokenCipher.plaintext());
    }

    @Test
    void aTokenAnswerThatStallsAfterItsHeadersFailsTheRefreshWithinTheTimeoutsAndChangesNothing() {
        assertTransientAndNothingChanged(Fault.stallBody(STALL), TokenEndpointClient.UNREACHABLE);
    }

    @Test
    void anOversizedTokenAnswerFailsTheRefreshAsTransientAndChangesNothing() {
        assertTransientAndNothingChanged(Fault.oversizedBody(2L * VismaHttp.MAX_BODY_BYTES), VismaHttp.TOO_LARGE);
    }

    /** Both tries (the first and its one retry) meet the fault; the error names the cause's message ID. */
    private void assertTransientAndNothingChanged(Fault fault, String causeId) {
        emulator.control().injectFault(Endpoint.TOKEN, fault, 2);
        TokenRefresher node = node();

        assertTimeoutPreemptively(GENEROUS, () -> assertThatThrownBy(() -> node.validTokenSet(fixture.key))
                .isInstanceOfSatisfying(VismaTransientException.class, failure -> {
                    assertThat(failure.messageId()).isEqualTo(LockedRefresh.FAILED);
                    assertThat(failure.getMessage()).contains(causeId);
                }));

        assertThat(fixture.store().find(fixture.key).orElseThrow()).as("nothing written, nothing marked").isEqualTo(before);
        assertRowLockIsFree();
    }

    @Test
    void aCallerWaitingForAnotherThreadsStalledRefreshGetsATransientErrorWithinTheTimeouts() throws Exception {
        emulator.control().injectFault(Endpoint.TOKEN, Fault.stallBody(STALL), 2);
        TokenRefresher node = node();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> node.validTokenSet(fixture.key));
            await().atMost(GENEROUS).until(() -> emulator.control().requests(Endpoint.TOKEN) > 1);
            Future<?> waiter = threads.submit(() -> node.validTokenSet(fixture.key));

            for (Future<?> caller : new Future<?>[] {first, waiter}) {
                assertThatThrownBy(() -> caller.get(GENEROUS.toSeconds(), SECONDS))
                        .hasCauseInstanceOf(VismaTransientException.class);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(fixture.store().find(fixture.key).orElseThrow()).isEqualTo(before);
    }

    /**
     * The refresh in flight is held up where the HTTP timeouts do not reach (another node holds the row
     * lock): the waiter gives up after its bound, the refresh goes on and its result is kept.
     */
    @Test
    void aCallerWaitingLongerThanItsBoundGivesUpWithATypedErrorAndTheRefreshItWaitedForStillLands() throws Exception {
        TokenRefresher node = node();
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try (Connection otherNode = fixture.raw.getConnection()) {
            otherNode.setAutoCommit(false);
            fixture.store().lockAndRead(otherNode, fixture.key);
            int connections = fixture.dataSource.connections();
            Future<TokenSet> first = threads.submit(() -> node.validTokenSet(fixture.key));
            await().atMost(GENEROUS).until(() -> fixture.dataSource.connections() > connections);

            assertTimeoutPreemptively(GENEROUS, () -> assertThatThrownBy(() -> node.validTokenSet(fixture.key))
                    .isInstanceOfSatisfying(VismaTransientException.class, failure -> {
                        assertThat(failure.messageId()).isEqualTo(TokenRefresher.WAITED_TOO_LONG);
                        assertThat(failure.getMessage()).contains("PT12S");
                    }));
            assertThat(first).as("the refresh waited for goes on").isNotDone();

            otherNode.rollback();
            TokenSet landed = first.get(GENEROUS.toSeconds(), TimeUnit.SECONDS);
            assertThat(landed.version()).isEqualTo(before.version() + 1);
            assertThat(fixture.store().find(fixture.key)).contains(landed);
            assertThat(node.validTokenSet(fixture.key)).as("kept for the next caller").isSameAs(landed);
        } finally {
            threads.shutdownNow();
        }
    }

    /** Another transaction takes the row lock at once: the failed refresh's transaction was rolled back. */
    private void assertRowLockIsFree() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new LocalTransactions(fixture.raw)
                .inNewTransaction(connection -> fixture.store().lockAndRead(connection, fixture.key)));
    }
}

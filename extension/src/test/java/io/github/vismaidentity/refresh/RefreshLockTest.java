package io.github.vismaidentity.refresh;

import io.github.vismaidentity.VismaConfigurationException;
import io.github.vismaidentity.VismaReauthenticationRequiredException;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.store.TokenSet;
import io.github.vismaidentity.store.TokenSetStatus;
import io.github.vismaidentity.store.TokenTransactions;
import io.github.vismaidentity.support.CountingDataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 14, item 7: a refresh never runs without its row lock held to the end of its transaction, and a
 * node marks a set only at the version it decided on; on each database (issue 15).
 */
class RefreshLockTest extends EmulatorTestBase {

    private RefreshFixture fixture;

    @BeforeEach
    void signIn() {
        fixture = new RefreshFixture(emulator, browser);
    }

    @Test
    void onAnAutoCommitConnectionARefreshOrDisconnectIsRefusedAsAConfigurationErrorAndSpendsNothing() {
        TokenSet before = fixture.store().find(fixture.key).orElseThrow();
        fixture.expire();
        TokenRefresher autoCommitting = fixture.node(real -> autoCommit(fixture.dataSource));

        for (ThrowingCallable call : List.<ThrowingCallable>of(() -> autoCommitting.validTokenSet(fixture.key),
                () -> autoCommitting.disconnect(fixture.key))) {
            assertThatThrownBy(call).isInstanceOfSatisfying(VismaConfigurationException.class, failure -> {
                assertThat(failure.messageId()).isEqualTo(LockedRefresh.MISCONFIGURED);
                assertThat(failure.getMessage()).contains("VISMAID3020", "auto-commit", "JTA");
            });
        }

        assertThat(emulator.control().count(Counter.REFRESH_TOKEN_GRANTS)).isZero();
        assertThat(fixture.store().find(fixture.key)).contains(before);
    }

    @Test
    void aNodeWhoseRewriteFailedDoesNotMarkASetTheUserSignedInToAgainMeanwhile() {
        fixture.expire();
        AtomicInteger transactions = new AtomicInteger();
        TokenRefresher failingThenSignIn = fixture.node(real -> {
            TokenTransactions failing = RefreshFixture.failingCommits(real, 4);
            return new TokenTransactions() {
                @Override
                public <T> T inNewTransaction(Work<T> work) {
                    if (transactions.incrementAndGet() == 2) {
                        // Between the failed commit and its rewrite, the user signs in again on another node.
                        fixture.store().save(fixture.key, "Demo AB", "signed-in-again", "refresh-of-the-new-sign-in",
                                Instant.parse("2099-01-01T00:00:00Z"), "openid");
                    }
                    return failing.inNewTransaction(work);
                }
            };
        });

        assertThatThrownBy(() -> failingThenSignIn.validTokenSet(fixture.key))
                .isInstanceOf(VismaReauthenticationRequiredException.class);

        TokenSet stored = fixture.store().find(fixture.key).orElseThrow();
        assertThat(stored.refreshToken()).isEqualTo("refresh-of-the-new-sign-in");
        assertThat(stored.status()).as("the newer set is not marked").isEqualTo(TokenSetStatus.ACTIVE);
    }

    @Test
    void aSetVismaRefusedIsMarkedOnceAndNoNodeSharingTheDatabaseSendsItsTokenAgain() {
        emulator.control().revokeAllTokensOf("demo");
        fixture.expire();
        TokenRefresher first = fixture.node();

        assertThatThrownBy(() -> first.validTokenSet(fixture.key))
                .isInstanceOf(VismaReauthenticationRequiredException.class);
        long calls = emulator.control().requests(Endpoint.TOKEN);
        assertThatThrownBy(() -> fixture.node().validTokenSet(fixture.key))
                .isInstanceOfSatisfying(VismaReauthenticationRequiredException.class,
                        failure -> assertThat(failure.messageId()).isEqualTo(LockedRefresh.REAUTHENTICATE));

        assertThat(emulator.control().requests(Endpoint.TOKEN)).as("token calls after the refusal").isEqualTo(calls);
        TokenSet marked = fixture.store().find(fixture.key).orElseThrow();
        assertThat(marked.status()).isEqualTo(TokenSetStatus.REAUTHENTICATION_REQUIRED);
        assertThat(marked.version()).as("the mark is a write every node sees").isEqualTo(2);
    }

    /** Transactions as a datasource with {@code jta=false} gives them: every statement commits at once. */
    private static TokenTransactions autoCommit(CountingDataSource dataSource) {
        return new TokenTransactions() {
            @Override
            public <T> T inNewTransaction(Work<T> work) {
                try (Connection connection = dataSource.getConnection()) {
                    return work.run(connection);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }
}

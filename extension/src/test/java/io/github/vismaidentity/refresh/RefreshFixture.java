package io.github.vismaidentity.refresh;

import io.github.vismaidentity.VismaCallerPrincipal;
import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.mechanism.CommittingSaver;
import io.github.vismaidentity.observe.Observer;
import io.github.vismaidentity.protocol.SignInOptions;
import io.github.vismaidentity.protocol.TokenEndpointClient;
import io.github.vismaidentity.protocol.VismaHttp;
import io.github.vismaidentity.store.LocalTransactions;
import io.github.vismaidentity.store.TokenCipher;
import io.github.vismaidentity.store.TokenSetKey;
import io.github.vismaidentity.store.TokenSetStore;
import io.github.vismaidentity.store.TokenTransactions;
import io.github.vismaidentity.support.CountingDataSource;
import io.github.vismaidentity.support.SignInHarness;
import io.github.vismaidentity.support.TestSettings;
import io.github.vismaidentity.support.databases.TestDatabase;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A signed-in user whose token set sits in a real database ({@link TestDatabase#current()}: Derby unless
 * the run names another), and "nodes": refreshers that share only that database, as two servers would.
 */
final class RefreshFixture {

    static final Duration SKEW = Duration.ofSeconds(60);
    /** How long a node hands out a cached set before it checks the row again. */
    static final Duration RECHECK = Duration.ofSeconds(5);

    final SignInHarness harness;
    final TestDatabase database;
    /** The database itself, for what a test does beside the nodes. */
    final DataSource raw;
    final CountingDataSource dataSource;
    final TokenSetKey key;
    /** Every pause the nodes took between rewrites from memory: the tests never sleep. */
    final List<Duration> pauses = new CopyOnWriteArrayList<>();

    RefreshFixture(VismaEmulator emulator, Browserless browser) {
        database = TestDatabase.current();
        raw = database.fresh();
        dataSource = new CountingDataSource(raw);
        harness = new SignInHarness(emulator, browser, TestSettings.forEmulator(emulator).build(),
                signedIn -> store().save(new TokenSetKey("demo-client", signedIn.claims().getSubject().getValue(),
                                signedIn.company().id()), signedIn.company().name(), signedIn.tokens().accessToken(),
                        signedIn.tokens().refreshToken(), signedIn.tokens().accessExpiresAt(),
                        signedIn.tokens().scope().toString()));
        VismaCallerPrincipal caller = harness.signIn("demo", "Demo AB", SignInOptions.standard());
        key = new TokenSetKey("demo-client", caller.getSubject(), caller.getCompanyId());
    }

    TokenSetStore store() {
        return new TokenSetStore(dataSource, TokenCipher.plaintext(), harness.clock);
    }

    /** A node: its own store object, cache and single-flight, sharing only the database. */
    TokenRefresher node() {
        return node(transactions -> transactions);
    }

    TokenRefresher node(UnaryOperator<TokenTransactions> wrap) {
        return node(wrap, harness.settings, TokenCipher.plaintext());
    }

    /** A node configured otherwise than the one that signed in: other client credentials, another cipher. */
    TokenRefresher node(UnaryOperator<TokenTransactions> wrap, VismaIdentitySettings settings, TokenCipher cipher) {
        return node(wrap, settings, cipher, Observer.NONE);
    }

    /** A node that reports what it does, its token endpoint's errors included, to {@code observer}. */
    TokenRefresher node(UnaryOperator<TokenTransactions> wrap, VismaIdentitySettings settings, TokenCipher cipher,
                        Observer observer) {
        VismaHttp http = new VismaHttp(settings);
        LockedRefresh locked = new LockedRefresh(new TokenSetStore(dataSource, cipher, harness.clock),
                wrap.apply(new LocalTransactions(dataSource)),
                new TokenEndpointClient(settings, http, harness.clock, observer), harness.discovery,
                new RefreshIdTokenCheck(harness.verifiers), harness.clock, SKEW, RECHECK, pauses::add, observer);
        return new TokenRefresher(locked, settings.refreshWaitBound());
    }

    /** A node like {@link #node()} that reports to {@code observer}. */
    TokenRefresher observed(Observer observer) {
        return observed(observer, 0);
    }

    /** A node that reports to {@code observer} and whose first {@code failures} commits are refused. */
    TokenRefresher observed(Observer observer, int failures) {
        return node(real -> failingCommits(real, failures), harness.settings, TokenCipher.plaintext(), observer);
    }

    /** A node that reports to {@code observer}, with a client secret Visma refuses. */
    TokenRefresher misconfigured(Observer observer) {
        return node(transactions -> transactions, TestSettings.forEmulator(harness.emulator)
                .client("demo-client", "not-the-secret").build(), TokenCipher.plaintext(), observer);
    }

    /**
     * Sign-ins stored on this database by the extension's own saver, reported to {@code observer}, the first
     * {@code failures} commits refused.
     */
    SignInHarness signIns(Observer observer, int failures) {
        return new SignInHarness(harness.emulator, harness.browser, harness.settings, new CommittingSaver("demo-client",
                this::store, () -> failingCommits(new LocalTransactions(dataSource), failures), key -> {
                }, observer));
    }

    /**
     * Moves time past the access token's expiry, at Visma as on the nodes: the ID token of the refresh that
     * follows is checked against the nodes' clock.
     */
    void expire() {
        harness.clock.advance(Duration.ofHours(1));
        harness.emulator.control().advanceClock(Duration.ofHours(1));
    }

    /** Runs the work and then refuses to commit, the given number of times: the database went away. */
    static TokenTransactions failingCommits(TokenTransactions real, int failures) {
        AtomicInteger left = new AtomicInteger(failures);
        return new TokenTransactions() {
            @Override
            public <T> T inNewTransaction(Work<T> work) {
                if (left.getAndUpdate(n -> n == 0 ? 0 : n - 1) > 0) {
                    return real.inNewTransaction(connection -> {
                        work.run(connection);
                        throw new SQLException("commit refused", "08006");
                    });
                }
                return real.inNewTransaction(work);
            }
        };
    }
}

package io.github.vismaidentity.store;

import io.github.vismaidentity.VismaConnection;
import io.github.vismaidentity.support.MutableClock;
import io.github.vismaidentity.support.databases.EnlistingDataSource;
import io.github.vismaidentity.support.databases.TestDatabase;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The token store on a real database: each one users run ({@link TestDatabase#current()}). */
class TokenSetStoreTest {

    private static final TokenSetKey DEMO_AB = new TokenSetKey("client", "sub-1", "company-ab");
    private static final TokenSetKey DEMO_NO = new TokenSetKey("client", "sub-1", "company-no");

    private final TestDatabase database = TestDatabase.current();
    private final DataSource dataSource = database.fresh();
    private final MutableClock clock = new MutableClock();
    private final TokenSetStore store = new TokenSetStore(dataSource, TokenCipher.plaintext(), clock);
    private final Instant expiry = Instant.parse("2026-11-28T11:00:00.123Z");

    @Test
    void aSavedTokenSetIsFoundWithEveryValue() {
        TokenSet saved = store.save(DEMO_AB, "Demo AB", "access-1", "refresh-1", expiry, "openid ea:api");

        assertThat(store.find(DEMO_AB)).contains(saved);
        assertThat(saved.accessToken()).isEqualTo("access-1");
        assertThat(saved.refreshToken()).isEqualTo("refresh-1");
        assertThat(saved.accessExpiresAt()).isEqualTo(expiry);
        assertThat(saved.scope()).isEqualTo("openid ea:api");
        assertThat(saved.companyName()).isEqualTo("Demo AB");
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.status()).isEqualTo(TokenSetStatus.ACTIVE);
        assertThat(saved.updatedAt()).isEqualTo(Instant.ofEpochMilli(clock.millis()));
    }

    @Test
    void tokensAsLongAsVismasLargestAreStoredWhole() {
        // An access token with many scopes and a JWE around it runs to several kilobytes; with utf8mb4 a
        // VARCHAR(16000) alone passes MariaDB's 65,535-byte row.
        String access = "a".repeat(15_000);
        String refresh = "r".repeat(7_000);

        store.save(DEMO_AB, "Demo AB", access, refresh, expiry, "openid " + "ea:api ".repeat(200));

        TokenSet read = store.find(DEMO_AB).orElseThrow();
        assertThat(read.accessToken()).isEqualTo(access);
        assertThat(read.refreshToken()).isEqualTo(refresh);
    }

    @Test
    void signingInAgainIntoTheSameCompanyReplacesBothTokensAndRaisesTheVersion() {
        store.save(DEMO_AB, "Demo AB", "access-1", "refresh-1", expiry, "openid");
        clock.advance(Duration.ofMinutes(1));

        TokenSet second = store.save(DEMO_AB, "Demo AB", "access-2", "refresh-2", expiry.plusSeconds(60), "openid");

        assertThat(second.version()).isEqualTo(2);
        assertThat(store.find(DEMO_AB).orElseThrow().refreshToken()).isEqualTo("refresh-2");
        assertThat(store.find(DEMO_AB).orElseThrow().accessToken()).isEqualTo("access-2");
    }

    @Test
    void twoCompaniesOfOneUserAreTwoTokenSets() {
        store.save(DEMO_NO, "Demo Norge AS", "a-no", "r-no", expiry, "openid");
        store.save(DEMO_AB, "Demo AB", "a-ab", "r-ab", expiry, "openid");

        assertThat(store.findBySubject("client", "sub-1")).extracting(TokenSet::companyName)
                .containsExactly("Demo AB", "Demo Norge AS");
        assertThat(store.findBySubject("other-client", "sub-1")).isEmpty();
        assertThat(store.find(new TokenSetKey("client", "sub-2", "company-ab"))).isEmpty();
    }

    @Test
    void theTableIsCreatedOnceAndASecondStoreOnTheSameDatabaseUsesIt() {
        store.save(DEMO_AB, "Demo AB", "a", "r", expiry, "openid");

        TokenSetStore other = new TokenSetStore(dataSource, TokenCipher.plaintext(), clock);

        assertThat(other.find(DEMO_AB)).isPresent();
    }

    @Test
    void eightThreadsUsingANewDatabaseAtOnceCreateTheTableOnceWithoutError() throws Exception {
        DataSource shared = database.fresh();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<TokenSet>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                TokenSetKey key = new TokenSetKey("client", "sub-" + i, "company");
                TokenSetStore own = new TokenSetStore(shared, TokenCipher.plaintext(), clock);
                results.add(pool.submit(() -> {
                    go.await();
                    return own.save(key, "Company", "a", "r", expiry, "openid");
                }));
            }
            go.countDown();
            for (Future<TokenSet> result : results) {
                assertThat(result.get().version()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count(shared)).isEqualTo(8);
    }

    /**
     * Two nodes' first sign-in of one user into one company, each in its own transaction as in the
     * container, both past their look for the row and at the insert together: both sign-ins are
     * stored, one after the other, and the row holds the later one's tokens.
     */
    @Test
    void twoNodesFirstSignInToTheSameCompanyAtOnceBothSaveAndTheLaterTokensStay() throws Exception {
        EnlistingDataSource pool = new EnlistingDataSource(dataSource, atTheInsertTogether());
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<TokenSet>> saves = new ArrayList<>();
            for (String node : List.of("a", "b")) {
                TokenSetStore own = new TokenSetStore(pool, TokenCipher.plaintext(), clock);
                assertThat(own.find(DEMO_AB)).as("each node has made sure of the table, outside a transaction")
                        .isEmpty();
                saves.add(nodes.submit(() -> pool.inTransaction(() -> own.save(DEMO_AB, "Demo AB",
                        "access-" + node, "refresh-" + node, expiry, "openid"))));
            }
            List<TokenSet> saved = new ArrayList<>();
            for (Future<TokenSet> save : saves) {
                saved.add(save.get(1, TimeUnit.MINUTES));
            }

            assertThat(saved).extracting(TokenSet::version).containsExactlyInAnyOrder(1L, 2L);
            TokenSet later = saved.get(0).version() == 2 ? saved.get(0) : saved.get(1);
            assertThat(store.find(DEMO_AB)).contains(later);
            assertThat(count(dataSource)).isEqualTo(1);
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void timesRoundTripToTheMillisecondWhateverTheJvmTimeZone() {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
            store.save(DEMO_AB, "Demo AB", "a", "r", expiry, "openid");
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kathmandu"));

            assertThat(store.find(DEMO_AB).orElseThrow().accessExpiresAt()).isEqualTo(expiry);
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void toStringShowsNoToken() {
        TokenSet saved = store.save(DEMO_AB, "Demo AB", "access-secret", "refresh-secret", expiry, "openid");

        assertThat(saved.toString()).doesNotContain("access-secret", "refresh-secret").contains("Demo AB");
    }

    @Test
    void theCountByStatusHasEveryStatusAndCountsOnlyTheClientsSets() throws Exception {
        store.save(DEMO_AB, "Demo AB", "access-1", "refresh-1", expiry, "openid");
        store.save(DEMO_NO, "Demo NO", "access-2", "refresh-2", expiry, "openid");
        TokenSet marked = store.save(new TokenSetKey("client", "sub-2", "company-ab"), "Demo AB", "a", "r", expiry, "openid");
        store.save(new TokenSetKey("other-client", "sub-1", "company-ab"), "Demo AB", "a", "r", expiry, "openid");
        try (Connection connection = dataSource.getConnection()) {
            store.markStatus(connection, marked, TokenSetStatus.REAUTHENTICATION_REQUIRED);
        }

        assertThat(store.countByStatus("client")).containsExactly(
                entry(VismaConnection.Status.ACTIVE, 2L),
                entry(VismaConnection.Status.REAUTHENTICATION_REQUIRED, 1L),
                entry(VismaConnection.Status.REVOKED, 0L));
    }

    @Test
    void theCountOfAClientWithoutSetsIsZeroForEveryStatus() {
        store.save(DEMO_AB, "Demo AB", "access-1", "refresh-1", expiry, "openid");

        assertThat(store.countByStatus("nobody")).containsOnlyKeys(VismaConnection.Status.values())
                .allSatisfy((status, sets) -> assertThat(sets).isZero());
    }

    /**
     * Holds each transaction's first insert (or merge) until the other's has come as far, so both looked
     * for the row before either wrote it. A store that writes without an insert is not held.
     */
    private static Consumer<String> atTheInsertTogether() {
        CyclicBarrier together = new CyclicBarrier(2);
        ThreadLocal<Boolean> held = ThreadLocal.withInitial(() -> false);
        return sql -> {
            String statement = sql.strip().toUpperCase(Locale.ROOT);
            if (held.get() || !(statement.startsWith("INSERT") || statement.startsWith("MERGE"))) {
                return;
            }
            held.set(true);
            try {
                together.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (BrokenBarrierException | TimeoutException e) {
                // The other node wrote without reaching an insert: nothing to hold this one for.
            }
        };
    }

    private static long count(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM VISMA_TOKEN_SET")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

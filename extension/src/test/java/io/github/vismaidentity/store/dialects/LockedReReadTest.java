package io.github.vismaidentity.store.dialects;

import io.github.vismaidentity.store.TokenCipher;
import io.github.vismaidentity.store.TokenSet;
import io.github.vismaidentity.store.TokenSetKey;
import io.github.vismaidentity.store.TokenSetStore;
import io.github.vismaidentity.support.MutableClock;
import io.github.vismaidentity.support.databases.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The row lock and the re-read behind it, on each database at its default isolation: a node that waited for
 * the lock must read what the node before it committed, or it would send Visma a refresh token already spent.
 * InnoDB (MariaDB, MySQL) runs at REPEATABLE READ, where a plain read returns the transaction's snapshot.
 */
class LockedReReadTest {

    private static final TokenSetKey KEY = new TokenSetKey("demo-client", "subject-1", "company-1");
    private static final Instant EXPIRY = Instant.parse("2030-01-01T00:00:00Z");

    private final ExecutorService nodeBThread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        nodeBThread.shutdownNow();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNodeThatWaitedForTheLockReadsTheRefreshTheOtherNodeCommitted(TestDatabase database) throws Exception {
        assertTheWaiterReadsVersionTwo(database, false);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNodeThatReadTheRowEarlierInItsTransactionStillReadsTheCommittedRefreshAfterTheLock(TestDatabase database)
            throws Exception {
        assertTheWaiterReadsVersionTwo(database, true);
    }

    private void assertTheWaiterReadsVersionTwo(TestDatabase database, boolean readFirst) throws Exception {
        DataSource dataSource = database.fresh();
        TokenSetStore store = new TokenSetStore(dataSource, TokenCipher.plaintext(), new MutableClock());
        TokenSet first = store.save(KEY, "Demo AB", "access-1", "refresh-1", EXPIRY, "openid");
        try (Connection nodeA = dataSource.getConnection(); Connection nodeB = dataSource.getConnection()) {
            nodeA.setAutoCommit(false);
            nodeB.setAutoCommit(false);
            if (readFirst) {
                // On InnoDB this read fixes node B's snapshot at version 1.
                assertThat(store.isCurrent(nodeB, first)).isTrue();
            }
            TokenSet locked = store.lockAndRead(nodeA, KEY).orElseThrow();
            Future<Optional<TokenSet>> waiting = nodeBThread.submit(() -> store.lockAndRead(nodeB, KEY));
            await().atMost(Duration.ofSeconds(20)).until(() -> LockWaits.anyWaiting(database, dataSource));
            store.writeRefreshed(nodeA, locked, "access-2", "refresh-2", EXPIRY, "openid");
            nodeA.commit();

            TokenSet seen = waiting.get(30, TimeUnit.SECONDS).orElseThrow();
            nodeB.commit();
            assertThat(seen.version()).isEqualTo(2);
            assertThat(seen.refreshToken()).isEqualTo("refresh-2");
        }
    }
}

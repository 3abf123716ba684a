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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes saving the first sign-in of the same user and company at the same moment, each in its own
 * transaction as in the container: the second one's insert meets the first one's row. On PostgreSQL a
 * failed statement aborts the whole transaction, so the duplicate key must not be an error there.
 */
class FirstSaveRaceTest {

    private static final TokenSetKey KEY = new TokenSetKey("demo-client", "subject-1", "company-1");
    private static final Instant EXPIRY = Instant.parse("2030-01-01T00:00:00Z");

    private final ExecutorService otherNode = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        otherNode.shutdownNow();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSecondOfTwoFirstSavesRacingOnTwoNodesReplacesTheFirstInItsOwnTransaction(TestDatabase database)
            throws Exception {
        DataSource dataSource = database.fresh();
        TokenSetStore store = new TokenSetStore(dataSource, TokenCipher.plaintext(), new MutableClock());
        assertThat(store.find(KEY)).isEmpty();
        try (Connection nodeA = dataSource.getConnection(); Connection nodeB = dataSource.getConnection()) {
            nodeA.setAutoCommit(false);
            nodeB.setAutoCommit(false);
            store.save(nodeA, KEY, "Demo AB", "access-A", "refresh-A", EXPIRY, "openid");

            Future<TokenSet> racing = otherNode.submit(() -> {
                TokenSet saved = store.save(nodeB, KEY, "Demo AB", "access-B", "refresh-B", EXPIRY, "openid");
                nodeB.commit();
                return saved;
            });
            await().atMost(Duration.ofSeconds(20)).until(() -> LockWaits.anyWaiting(database, dataSource));
            nodeA.commit();

            TokenSet saved = racing.get(30, TimeUnit.SECONDS);
            assertThat(saved.version()).isEqualTo(2);
            assertThat(saved.refreshToken()).isEqualTo("refresh-B");
        }
        TokenSet stored = store.find(KEY).orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.accessToken()).isEqualTo("access-B");
        assertThat(stored.refreshToken()).isEqualTo("refresh-B");
    }
}

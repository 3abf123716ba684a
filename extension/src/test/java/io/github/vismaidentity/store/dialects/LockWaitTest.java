package io.github.vismaidentity.store.dialects;

import io.github.vismaidentity.store.StoreTables;
import io.github.vismaidentity.store.TokenCipher;
import io.github.vismaidentity.store.TokenSetKey;
import io.github.vismaidentity.store.TokenSetStore;
import io.github.vismaidentity.support.MutableClock;
import io.github.vismaidentity.support.databases.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * On PostgreSQL (which waits for a row lock for ever by default) and MariaDB (50 s), a refresh waits for
 * another node's row lock no longer than the store was told: the refresh wait bound, within which a holder's
 * calls to Visma end. Told 1 s here, so a waiter gives up after about a second.
 */
class LockWaitTest {

    private static final TokenSetKey KEY = new TokenSetKey("demo-client", "subject-1", "company-1");

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"POSTGRESQL", "MARIADB"})
    void aWaiterForTheRowLockGivesUpAfterTheLockWaitItWasGiven(TestDatabase database) throws SQLException {
        DataSource dataSource = database.fresh();
        TokenSetStore store = new TokenSetStore(dataSource, TokenCipher.plaintext(), new MutableClock(),
                new StoreTables(dataSource), Optional.of(Duration.ofSeconds(1)));
        store.save(KEY, "Demo AB", "access", "refresh", Instant.parse("2030-01-01T00:00:00Z"), "openid");
        try (Connection holder = dataSource.getConnection(); Connection waiter = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            waiter.setAutoCommit(false);
            store.lockAndRead(holder, KEY).orElseThrow();

            assertTimeoutPreemptively(Duration.ofSeconds(15), () ->
                    assertThatThrownBy(() -> store.lockAndRead(waiter, KEY)).isInstanceOf(SQLException.class)
                            .hasMessageContaining(database == TestDatabase.POSTGRESQL
                                    ? "lock timeout" : "Lock wait timeout"));
            waiter.rollback();
            holder.rollback();
        }
    }
}

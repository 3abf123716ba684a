package io.github.vismaidentity.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * The row lock of a refresh or a disconnect, and the read behind it, by each database's rules.
 *
 * <p>The lock is an update that changes nothing: an exclusive lock held to the end of the transaction under
 * every isolation level, where {@code SELECT ... FOR UPDATE} in Derby at READ COMMITTED may let the lock go
 * once the cursor moves on. Its wait is bounded, where the store can bound it without touching the rest of
 * the connection's session, by the longest a holder can keep it: a holder's calls to Visma end within the
 * refresh wait bound ({@code 4 x (connect + read timeout)}), so a waiter that waits that long finds the
 * holder's refresh committed rather than failing beside a refresh that is going well, and one that waits
 * longer is stuck behind a holder that will not finish. PostgreSQL ({@code SET LOCAL lock_timeout}, ended
 * with the transaction) and MariaDB ({@code SET STATEMENT innodb_lock_wait_timeout ... FOR}) take that bound;
 * elsewhere the database's own lock timeout applies.
 */
final class RowLock {

    private final Optional<Duration> wait;

    RowLock(Optional<Duration> wait) {
        this.wait = wait;
    }

    /** Takes the lock; its count is not trusted (with useAffectedRows MySQL and MariaDB count an unchanged row 0). */
    void take(Connection connection, Optional<Dialect> dialect, TokenSetKey key) throws SQLException {
        String sql = TokenSetSql.LOCK;
        if (wait.isPresent() && dialect.equals(Optional.of(Dialect.POSTGRESQL))) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL lock_timeout = " + Math.max(1, wait.get().toMillis()));
            }
        } else if (wait.isPresent() && dialect.equals(Optional.of(Dialect.MARIADB))) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            sql = "SET STATEMENT innodb_lock_wait_timeout = " + seconds + " FOR " + TokenSetSql.LOCK;
        }
        try (PreparedStatement lock = connection.prepareStatement(sql)) {
            TokenSetStore.bindKey(lock, 1, key);
            lock.executeUpdate();
        }
    }

    /**
     * The read under the lock. InnoDB (MySQL, MariaDB) runs at REPEATABLE READ, where a plain read returns the
     * snapshot of the transaction's first read, which may predate the lock: there a locking read, which reads
     * the latest committed row (the lock is held already). The others run at READ COMMITTED.
     */
    static String reRead(Optional<Dialect> dialect) {
        return Dialect.innoDb(dialect) ? TokenSetSql.FIND_LOCKED_INNODB : TokenSetSql.FIND;
    }
}

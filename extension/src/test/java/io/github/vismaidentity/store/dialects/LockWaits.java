package io.github.vismaidentity.store.dialects;

import io.github.vismaidentity.support.databases.TestDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Whether some session of the database waits for a lock another holds, asked of the database itself: how a
 * test knows that a racing statement has got as far as the lock, without sleeping.
 */
final class LockWaits {

    private LockWaits() {
    }

    static boolean anyWaiting(TestDatabase database, DataSource dataSource) throws SQLException {
        String sql = switch (database) {
            case DERBY -> "SELECT COUNT(*) FROM SYSCS_DIAG.LOCK_TABLE WHERE STATE = 'WAIT'";
            case POSTGRESQL -> "SELECT COUNT(*) FROM pg_locks WHERE NOT granted";
            case MARIADB -> "SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'";
            // H2 names a blocker for a row lock; an insert meeting another's uncommitted key spins in its
            // statement instead, so a statement still executing in another session counts too.
            case H2 -> "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL"
                    + " OR (SESSION_ID <> SESSION_ID() AND EXECUTING_STATEMENT IS NOT NULL)";
        };
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery(sql)) {
            count.next();
            return count.getLong(1) > 0;
        }
    }
}

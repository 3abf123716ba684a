package io.github.vismaidentity.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The row a sign-in writes, its tokens sealed once, and the two statements that may write it: the update of
 * a set stored before, and the insert of a new one, which must not fail the transaction when another node
 * inserted the same key a moment earlier. PostgreSQL aborts a whole transaction at its first failed
 * statement, so there the insert is {@code ON CONFLICT DO NOTHING}; on MySQL and MariaDB the write is one
 * {@code INSERT ... ON DUPLICATE KEY UPDATE} ({@link TokenSetSql#UPSERT_INNODB}, InnoDB's gap locks); elsewhere a
 * duplicate key fails only its statement and is caught.
 */
final class SignInWrite {

    private final TokenSetKey key;
    private final String companyName;
    private final String sealedAccess;
    private final String sealedRefresh;
    private final long accessExpiresAt;
    private final String scope;
    private final long now;

    SignInWrite(TokenCipher cipher, TokenSetKey key, String companyName, String accessToken, String refreshToken,
                Instant accessExpiresAt, String scope, long now) {
        this.key = key;
        this.companyName = companyName;
        this.sealedAccess = cipher.seal(accessToken, key);
        this.sealedRefresh = cipher.seal(refreshToken, key);
        this.accessExpiresAt = accessExpiresAt.toEpochMilli();
        this.scope = scope;
        this.now = now;
    }

    /** Whether this database writes a sign-in in one statement, {@link #upsert}, instead of update then insert. */
    static boolean upserts(Optional<Dialect> dialect) {
        return Dialect.innoDb(dialect);
    }

    /** Inserts the set, or writes over the stored one with the next version, in one statement (MySQL, MariaDB). */
    void upsert(Connection connection) throws SQLException {
        run(connection, TokenSetSql.UPSERT_INNODB);
    }

    /** The rows updated: 0 when the set was never stored. */
    int update(Connection connection) throws SQLException {
        return run(connection, TokenSetSql.UPDATE_SIGN_IN);
    }

    /** The rows inserted: 0 when the key is there already, with the transaction still usable. */
    int insertIfAbsent(Connection connection, Optional<Dialect> dialect) throws SQLException {
        if (dialect.equals(Optional.of(Dialect.POSTGRESQL))) {
            return run(connection, TokenSetSql.INSERT_IF_ABSENT_POSTGRESQL);
        }
        try {
            return run(connection, TokenSetSql.INSERT);
        } catch (SQLException e) {
            // 23505 on Derby and H2, 23000 on MySQL, MariaDB, Oracle and SQL Server: an integrity constraint.
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                throw e;
            }
            return 0;
        }
    }

    private int run(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, companyName);
            statement.setString(2, sealedAccess);
            statement.setString(3, sealedRefresh);
            statement.setLong(4, accessExpiresAt);
            statement.setString(5, scope);
            statement.setLong(6, now);
            statement.setString(7, key.clientId());
            statement.setString(8, key.subject());
            statement.setString(9, key.companyId());
            if (!sql.equals(TokenSetSql.UPDATE_SIGN_IN)) {
                statement.setLong(10, now);
            }
            return statement.executeUpdate();
        }
    }
}

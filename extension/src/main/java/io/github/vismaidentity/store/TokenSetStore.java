package io.github.vismaidentity.store;

import io.github.vismaidentity.VismaConnection;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The token sets on the application's datasource, in plain JDBC: no persistence unit of its own, so the
 * application's JPA units are untouched. It never commits or rolls back: in the container it runs inside
 * the caller's JTA transaction ({@code REQUIRES_NEW} for a sign-in), which decides. The tables are checked,
 * and created when missing, on first use ({@link StoreTables}).
 */
public final class TokenSetStore {

    private final DataSource dataSource;
    private final TokenCipher cipher;
    private final Clock clock;
    private final StoreTables tables;
    private final RowLock rowLock;

    /** A store that creates its tables when missing, on a datasource outside any container transaction. */
    public TokenSetStore(DataSource dataSource, TokenCipher cipher, Clock clock) {
        this(dataSource, cipher, clock, new StoreTables(dataSource));
    }

    /**
     * A store whose row lock waits as long as the database lets it.
     *
     * @param tables the tables on that datasource, checked (and created) once, shared with {@link ConsumedStates}
     */
    public TokenSetStore(DataSource dataSource, TokenCipher cipher, Clock clock, StoreTables tables) {
        this(dataSource, cipher, clock, tables, Optional.empty());
    }

    /**
     * @param lockWait how long a refresh or disconnect waits for another's row lock, on the databases where
     *                 the store can say so (PostgreSQL, MariaDB; see {@link RowLock}): the refresh wait bound
     */
    public TokenSetStore(DataSource dataSource, TokenCipher cipher, Clock clock, StoreTables tables,
                         Optional<Duration> lockWait) {
        this.dataSource = dataSource;
        this.cipher = cipher;
        this.clock = clock;
        this.tables = tables;
        this.rowLock = new RowLock(lockWait);
    }

    /**
     * Stores the tokens of a sign-in on a connection of its own: a new row with version 1, or, when the user
     * signed in to this company before, the row's tokens replaced, its version increased and its status back
     * to ACTIVE.
     *
     * @return what was stored, with its version
     */
    public TokenSet save(TokenSetKey key, String companyName, String accessToken, String refreshToken,
                         Instant accessExpiresAt, String scope) {
        tables.ensure();
        try (Connection connection = dataSource.getConnection()) {
            return save(connection, key, companyName, accessToken, refreshToken, accessExpiresAt, scope);
        } catch (SQLException e) {
            throw databaseError("write", key.toString(), e);
        }
    }

    /**
     * The same on the caller's connection, inside its transaction: when another node inserts the same key at
     * the same moment, this sign-in's tokens, the newer ones, replace that row in the same transaction.
     */
    public TokenSet save(Connection connection, TokenSetKey key, String companyName, String accessToken,
                         String refreshToken, Instant accessExpiresAt, String scope) throws SQLException {
        SignInWrite write = new SignInWrite(cipher, key, companyName, accessToken, refreshToken, accessExpiresAt,
                scope, clock.millis());
        Optional<Dialect> dialect = tables.dialect();
        if (SignInWrite.upserts(dialect)) {
            write.upsert(connection);
        } else if (write.update(connection) == 0 && write.insertIfAbsent(connection, dialect) == 0) {
            // Another node inserted the same key a moment ago: this sign-in's tokens are the newer ones.
            write.update(connection);
        }
        return find(connection, key, TokenSetSql.FIND).orElseThrow(() -> new TokenStoreException(
                TokenStoreException.DATABASE + ": The token set just written for " + key + " cannot be read back."));
    }

    /** The token set of this user in this company, if stored. */
    public Optional<TokenSet> find(TokenSetKey key) {
        tables.ensure();
        try (Connection connection = dataSource.getConnection()) {
            return find(connection, key, TokenSetSql.FIND);
        } catch (SQLException e) {
            throw databaseError("read", key.toString(), e);
        }
    }

    /** The ACTIVE token set of the company most recently written, of whichever user connected it. */
    public Optional<TokenSet> findActiveByCompany(String clientId, String companyId) {
        tables.ensure();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(TokenSetSql.FIND_ACTIVE_BY_COMPANY)) {
            select.setString(1, clientId);
            select.setString(2, companyId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw databaseError("read", "company " + companyId, e);
        }
    }

    /**
     * Checks that the table is there and answers, for a health check.
     *
     * @throws TokenStoreException when it does not
     */
    public void ping() {
        tables.ensure();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(TokenSetSql.PING);
             ResultSet rows = select.executeQuery()) {
            rows.next();
        } catch (SQLException e) {
            throw databaseError("reach", "the table", e);
        }
    }

    /**
     * Opens one connection and closes it, for a health check: the datasource gives connections.
     *
     * @throws TokenStoreException when it does not
     */
    public void connect() {
        try (Connection connection = dataSource.getConnection()) {
            connection.getAutoCommit();
        } catch (SQLException e) {
            throw databaseError("connect to", "the database", e);
        }
    }

    /**
     * Whether the configured keys open the newest {@code limit} ACTIVE token sets of the client, judged by the
     * tokens' headers, nothing decrypted ({@link KeySample}).
     *
     * @throws TokenStoreException when the table cannot be read
     */
    public KeySample keySample(String clientId, int limit) {
        tables.ensure();
        try (Connection connection = dataSource.getConnection()) {
            return KeySample.read(connection, clientId, cipher, limit);
        } catch (SQLException e) {
            throw databaseError("read", "the token sets", e);
        }
    }

    /**
     * Every token set of the client, ordered by company name, without decrypting a token: a set whose tokens
     * would not open with the configured keys (judged by their headers) is listed all the same and logged.
     */
    public List<TokenSetSummary> summaries(String clientId) {
        tables.ensure();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(TokenSetSql.FIND_ALL)) {
            select.setString(1, clientId);
            try (ResultSet rows = select.executeQuery()) {
                return Summaries.of(rows, cipher);
            }
        } catch (SQLException e) {
            throw databaseError("read", "the token sets", e);
        }
    }

    /**
     * Whether the set is still the stored one: its row there, ACTIVE, at the same version. One read of two
     * columns, no lock, nothing decrypted; on the caller's connection, so in the container it runs in a
     * transaction of its own and never joins the application's.
     */
    public boolean isCurrent(Connection connection, TokenSet set) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(TokenSetSql.VERSION_AND_STATUS)) {
            bindKey(select, 1, set.key());
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getLong("VERSION") == set.version()
                        && TokenSetStatus.ACTIVE.name().equals(row.getString("STATUS"));
            }
        }
    }

    /** Deletes the token set, inside the caller's transaction (after {@link #lockAndRead}). */
    public void delete(Connection connection, TokenSetKey key) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(TokenSetSql.DELETE)) {
            bindKey(delete, 1, key);
            delete.executeUpdate();
        }
    }

    /** Every token set of this user, one per company, ordered by company name. */
    public List<TokenSet> findBySubject(String clientId, String subject) {
        return list(TokenSetSql.FIND_BY_SUBJECT, "subject " + subject, clientId, subject);
    }

    private List<TokenSet> list(String sql, String what, String... parameters) {
        tables.ensure();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            List<TokenSet> sets = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sets.add(read(rows));
                }
            }
            return sets;
        } catch (SQLException e) {
            throw databaseError("read", what, e);
        }
    }

    /**
     * Locks the token set's row until the end of the caller's transaction and reads it: another node that
     * wants to refresh the same set waits here, then reads what this one wrote.
     *
     * @throws TokenStoreException {@link TokenStoreException#AUTO_COMMIT} when the connection commits each
     *                             statement, so the lock would not hold; nothing is read then
     */
    public Optional<TokenSet> lockAndRead(Connection connection, TokenSetKey key) throws SQLException {
        Optional<Dialect> dialect = tables.dialect();
        rowLock.take(connection, dialect, key);
        // Asked after the first statement, when a pool that enlists lazily has joined the transaction.
        if (connection.getAutoCommit()) {
            throw new TokenStoreException(TokenStoreException.AUTO_COMMIT + ": The token store's connection commits "
                    + "every statement at once (auto-commit) inside the transaction of a refresh or disconnect, so the "
                    + "row lock that keeps two nodes from spending the same refresh token would be let go at once. "
                    + "Nothing was refreshed or deleted. Point visma.identity.datasource at a JTA datasource: on "
                    + "Payara a JDBC resource whose pool is transactional (not non-transactional connections), on "
                    + "WildFly a datasource with jta=true.");
        }
        return find(connection, key, RowLock.reRead(dialect));
    }

    /**
     * Writes the tokens of a refresh redeemed from {@code redeemed}, with the next version.
     *
     * @throws TokenStoreException when the row is no longer at that version or no longer ACTIVE
     */
    public TokenSet writeRefreshed(Connection connection, TokenSet redeemed, String accessToken, String refreshToken,
                                   Instant accessExpiresAt, String scope) throws SQLException {
        TokenSetKey key = redeemed.key();
        long now = clock.millis();
        try (PreparedStatement update = connection.prepareStatement(TokenSetSql.UPDATE_REFRESHED)) {
            update.setString(1, cipher.seal(accessToken, key));
            update.setString(2, cipher.seal(refreshToken, key));
            update.setLong(3, accessExpiresAt.toEpochMilli());
            update.setString(4, scope);
            update.setLong(5, redeemed.version() + 1);
            update.setLong(6, now);
            bindKey(update, 7, key);
            update.setLong(10, redeemed.version());
            if (update.executeUpdate() != 1) {
                throw new TokenStoreException(TokenStoreException.DATABASE + ": The token set " + key
                        + " changed while it was refreshed from version " + redeemed.version()
                        + "; the newer tokens stay.");
            }
        }
        return new TokenSet(key, redeemed.companyName(), accessToken, refreshToken,
                Instant.ofEpochMilli(accessExpiresAt.toEpochMilli()), scope, redeemed.version() + 1,
                TokenSetStatus.ACTIVE, Instant.ofEpochMilli(now));
    }

    /**
     * Marks the token set, for instance REAUTHENTICATION_REQUIRED after Visma refused its refresh token, only
     * when it is still at the version that was decided on: a set written since (a new sign-in) stays.
     *
     * @return whether the set was marked
     */
    public boolean markStatus(Connection connection, TokenSet decidedOn, TokenSetStatus status) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(TokenSetSql.UPDATE_STATUS)) {
            update.setString(1, status.name());
            update.setLong(2, clock.millis());
            bindKey(update, 3, decidedOn.key());
            update.setLong(6, decidedOn.version());
            return update.executeUpdate() == 1;
        }
    }

    static void bindKey(PreparedStatement statement, int first, TokenSetKey key) throws SQLException {
        statement.setString(first, key.clientId());
        statement.setString(first + 1, key.subject());
        statement.setString(first + 2, key.companyId());
    }

    private Optional<TokenSet> find(Connection connection, TokenSetKey key, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bindKey(select, 1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    private TokenSet read(ResultSet row) throws SQLException {
        TokenSetKey key = new TokenSetKey(row.getString("CLIENT_ID"), row.getString("SUBJECT"), row.getString("COMPANY_ID"));
        return new TokenSet(key, row.getString("COMPANY_NAME"), cipher.open(row.getString("ACCESS_TOKEN"), key),
                cipher.open(row.getString("REFRESH_TOKEN"), key), Instant.ofEpochMilli(row.getLong("ACCESS_EXPIRES_AT")),
                row.getString("SCOPE"), row.getLong("VERSION"), TokenSetStatus.valueOf(row.getString("STATUS")),
                Instant.ofEpochMilli(row.getLong("UPDATED_AT")));
    }

    static TokenStoreException databaseError(String action, String what, SQLException e) {
        return new TokenStoreException(TokenStoreException.DATABASE + ": The token store could not " + action + " "
                + what + " (" + SqlErrors.describe(e) + ").", SqlErrors.safeCause(e));
    }

    /**
     * How many token sets of this client id there are per status, every status present (0 when none), for the
     * metrics: one grouped count on a connection of its own, in no transaction of the caller's. It creates no table.
     *
     * @throws TokenStoreException when the table cannot be read
     */
    public Map<VismaConnection.Status, Long> countByStatus(String clientId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(TokenSetSql.COUNT_BY_STATUS)) {
            select.setString(1, clientId);
            try (ResultSet rows = select.executeQuery()) {
                return StatusCounts.of(rows);
            }
        } catch (SQLException e) {
            throw databaseError("count", "the token sets", e);
        }
    }
}

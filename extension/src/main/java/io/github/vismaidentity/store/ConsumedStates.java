package io.github.vismaidentity.store;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The sign-ins whose code was redeemed, one row per used {@code state} in the token store's database, so a
 * replayed callback is refused on every node that shares it. A row holds the SHA-256 of the state, never the
 * state, and when it may be forgotten; the state's hash is the primary key, so of two callbacks racing on two
 * nodes exactly one insert commits and the other fails. Each record is committed in a transaction of its own
 * before the code is redeemed. Expired rows are deleted at most once a {@link #PURGE_EVERY} per node. The table
 * is checked, and created when missing, on first use, with the token sets' table ({@link StoreTables}).
 */
public final class ConsumedStates {

    static final String TABLE = StoreTables.USED_STATE;
    static final Duration PURGE_EVERY = Duration.ofMinutes(1);
    /** Rows are kept a while past the state's expiry, so a node whose clock is behind still finds them. */
    static final Duration KEPT_AFTER_EXPIRY = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(ConsumedStates.class.getName());
    private static final String INSERT = "INSERT INTO " + TABLE + " (STATE_HASH, EXPIRES_AT) VALUES (?, ?)";
    private static final String PURGE = "DELETE FROM " + TABLE + " WHERE EXPIRES_AT < ?";

    private final StoreTables tables;
    private final TokenTransactions transactions;
    private final Clock clock;
    private final AtomicLong lastPurge = new AtomicLong();

    /** States on a datasource outside any container transaction (Java SE, tests): its tables created when missing. */
    public ConsumedStates(DataSource dataSource, TokenTransactions transactions, Clock clock) {
        this(new StoreTables(dataSource), transactions, clock);
    }

    /** @param tables the tables of the transactions' datasource, shared with the {@link TokenSetStore} */
    public ConsumedStates(StoreTables tables, TokenTransactions transactions, Clock clock) {
        this.tables = tables;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Records the state as used, committed before this returns.
     *
     * @return true on its first use, false when a row for it was committed before, here or on another node
     * @throws TokenStoreException when the database could not record it
     */
    public boolean firstUse(String state, Instant until) {
        tables.ensure();
        boolean first = insert(hash(state), until.plus(KEPT_AFTER_EXPIRY).toEpochMilli());
        purgeNowAndThen();
        return first;
    }

    /** Deletes the rows past their expiry; the number deleted. */
    int purge() {
        long now = clock.millis();
        lastPurge.set(now);
        return transactions.inNewTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(PURGE)) {
                delete.setLong(1, now);
                return delete.executeUpdate();
            }
        });
    }

    private boolean insert(String hash, long expiresAt) {
        try {
            return transactions.inNewTransaction(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    insert.setString(1, hash);
                    insert.setLong(2, expiresAt);
                    insert.executeUpdate();
                    return true;
                } catch (SQLException e) {
                    if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                        // Thrown, not returned: the transaction must roll back (PostgreSQL cannot commit it).
                        throw new UsedBefore();
                    }
                    throw e;
                }
            });
        } catch (UsedBefore e) {
            return false;
        }
    }

    private void purgeNowAndThen() {
        long last = lastPurge.get();
        if (clock.millis() - last < PURGE_EVERY.toMillis() || !lastPurge.compareAndSet(last, clock.millis())) {
            return;
        }
        try {
            purge();
        } catch (RuntimeException e) {
            LOG.warning(() -> "The expired rows of " + TABLE + " could not be deleted; trying again in "
                    + PURGE_EVERY.toMinutes() + " minute(s): " + e.getMessage());
        }
    }

    private static String hash(String state) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The insert hit the primary key: the state was used before. */
    private static final class UsedBefore extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsedBefore() {
            super(null, null, false, false);
        }
    }
}

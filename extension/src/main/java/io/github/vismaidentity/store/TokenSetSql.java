package io.github.vismaidentity.store;

/**
 * Every SQL statement of the store but the tables' definitions (those are per database, see {@link Dialect}),
 * in portable SQL, with per-database forms where a database's rules differ ({@link #INSERT_IF_ABSENT_POSTGRESQL}, {@link #UPSERT_INNODB},
 * {@link #FIND_LOCKED_INNODB}). Times are epoch milliseconds (UTC) in 64-bit integer columns, so no driver or
 * JVM time zone can shift them. Names are unquoted, so each database finds them in the case it keeps them in.
 */
final class TokenSetSql {

    static final String UPDATE_SIGN_IN = """
            UPDATE VISMA_TOKEN_SET SET COMPANY_NAME = ?, ACCESS_TOKEN = ?, REFRESH_TOKEN = ?, ACCESS_EXPIRES_AT = ?,
                SCOPE = ?, VERSION = VERSION + 1, STATUS = 'ACTIVE', UPDATED_AT = ?
            WHERE CLIENT_ID = ? AND SUBJECT = ? AND COMPANY_ID = ?""";

    static final String INSERT = """
            INSERT INTO VISMA_TOKEN_SET (COMPANY_NAME, ACCESS_TOKEN, REFRESH_TOKEN, ACCESS_EXPIRES_AT, SCOPE, UPDATED_AT,
                CLIENT_ID, SUBJECT, COMPANY_ID, VERSION, STATUS, CREATED_AT)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'ACTIVE', ?)""";

    /**
     * The insert on PostgreSQL, where a statement that fails aborts the whole transaction: a row another node
     * inserted first is no error, the insert just counts 0 rows, and the sign-in's update can follow in the
     * same transaction. Elsewhere a failed statement leaves the transaction usable, so the duplicate key is
     * caught instead.
     */
    static final String INSERT_IF_ABSENT_POSTGRESQL = INSERT + " ON CONFLICT (CLIENT_ID, SUBJECT, COMPANY_ID) DO NOTHING";

    /**
     * The whole sign-in write on MySQL and MariaDB, in one statement. At InnoDB's default REPEATABLE READ the
     * update of a missing row takes a gap lock, and two nodes' first sign-ins to the same company then
     * deadlock on their inserts (one sign-in lost); an insert that updates the row it collides with waits for
     * the other node's row instead, then writes over it.
     */
    static final String UPSERT_INNODB = INSERT + """
             ON DUPLICATE KEY UPDATE COMPANY_NAME = VALUES(COMPANY_NAME), ACCESS_TOKEN = VALUES(ACCESS_TOKEN),
                REFRESH_TOKEN = VALUES(REFRESH_TOKEN), ACCESS_EXPIRES_AT = VALUES(ACCESS_EXPIRES_AT), SCOPE = VALUES(SCOPE),
                VERSION = VERSION + 1, STATUS = 'ACTIVE', UPDATED_AT = VALUES(UPDATED_AT)""";

    /** Takes the row's write lock with an update that changes nothing ({@link RowLock}). */
    static final String LOCK = """
            UPDATE VISMA_TOKEN_SET SET VERSION = VERSION WHERE CLIENT_ID = ? AND SUBJECT = ? AND COMPANY_ID = ?""";

    /** Writes a refresh's tokens only over the version they were redeemed from: an older token never wins. */
    static final String UPDATE_REFRESHED = """
            UPDATE VISMA_TOKEN_SET SET ACCESS_TOKEN = ?, REFRESH_TOKEN = ?, ACCESS_EXPIRES_AT = ?, SCOPE = ?,
                VERSION = ?, UPDATED_AT = ?
            WHERE CLIENT_ID = ? AND SUBJECT = ? AND COMPANY_ID = ? AND VERSION = ? AND STATUS = 'ACTIVE'""";

    /** Marks the set only at the version the decision was made on: a newer set (a new sign-in) stays as it is. */
    static final String UPDATE_STATUS = """
            UPDATE VISMA_TOKEN_SET SET STATUS = ?, VERSION = VERSION + 1, UPDATED_AT = ?
            WHERE CLIENT_ID = ? AND SUBJECT = ? AND COMPANY_ID = ? AND VERSION = ?""";

    private static final String COLUMNS = """
            CLIENT_ID, SUBJECT, COMPANY_ID, COMPANY_NAME, ACCESS_TOKEN, REFRESH_TOKEN, ACCESS_EXPIRES_AT, SCOPE,
            VERSION, STATUS, UPDATED_AT""";

    static final String FIND = "SELECT " + COLUMNS + " FROM VISMA_TOKEN_SET WHERE CLIENT_ID = ? AND SUBJECT = ? AND COMPANY_ID = ?";

    /** The re-read under the row lock on MySQL and MariaDB ({@link RowLock#reRead}). */
    static final String FIND_LOCKED_INNODB = FIND + " FOR UPDATE";

    static final String FIND_ACTIVE_BY_COMPANY = "SELECT " + COLUMNS
            + " FROM VISMA_TOKEN_SET WHERE CLIENT_ID = ? AND COMPANY_ID = ? AND STATUS = 'ACTIVE' ORDER BY UPDATED_AT DESC";

    /** The list of connections: the tokens are read only so their headers can be checked, never decrypted. */
    static final String FIND_ALL = "SELECT " + COLUMNS + " FROM VISMA_TOKEN_SET WHERE CLIENT_ID = ? ORDER BY COMPANY_NAME, SUBJECT";

    /** What a cached set is checked against: a row that is gone, marked or rewritten is read again. */
    static final String VERSION_AND_STATUS = "SELECT VERSION, STATUS FROM VISMA_TOKEN_SET "
            + "WHERE CLIENT_ID = ? AND SUBJECT = ? AND COMPANY_ID = ?";

    /** The metrics' count of token sets per status: plain SQL every database runs alike. */
    static final String COUNT_BY_STATUS = "SELECT STATUS, COUNT(*) AS SETS FROM VISMA_TOKEN_SET WHERE CLIENT_ID = ? GROUP BY STATUS";

    static final String PING = "SELECT 1 FROM VISMA_TOKEN_SET WHERE 1 = 0";

    static final String DELETE = "DELETE FROM VISMA_TOKEN_SET WHERE CLIENT_ID = ? AND SUBJECT = ? AND COMPANY_ID = ?";

    static final String FIND_BY_SUBJECT = "SELECT " + COLUMNS
            + " FROM VISMA_TOKEN_SET WHERE CLIENT_ID = ? AND SUBJECT = ? ORDER BY COMPANY_NAME, COMPANY_ID";

    private TokenSetSql() {
    }
}

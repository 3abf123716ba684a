package io.github.vismaidentity.store;

import static io.github.vismaidentity.VismaIdentityDefinition.CREATE_TABLE;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store's two tables on one datasource, checked once: each one missing is created from the database's
 * definition in the jar ({@link Dialect#resource()}) unless creating is turned off; each one there must have
 * the columns the store writes ({@link TableColumns}). The check and every {@code CREATE TABLE} run on a
 * connection of their own, outside any transaction the caller has open ({@link Outside}), in auto-commit, so
 * each table is committed the moment it exists: another node sees it at once, and MariaDB/MySQL, which refuse
 * DDL inside an XA transaction, are never asked to. A table created at the same moment by another node or
 * thread counts as created.
 */
public final class StoreTables {

    /** The token sets. */
    public static final String TOKEN_SET = "VISMA_TOKEN_SET";
    /** The sign-ins whose code was redeemed. */
    public static final String USED_STATE = "VISMA_USED_STATE";
    /** A table is missing, the database is not one the store has a definition for. */
    public static final String UNKNOWN_DATABASE = "VISMAID3050";
    /** A table is missing and {@code visma.identity.create-table} is false. */
    public static final String NOT_CREATED = "VISMAID3051";
    /** A table's columns do not fit what the store writes. */
    public static final String MISFIT = "VISMAID3052";

    private static final List<String> TABLES = List.of(TOKEN_SET, USED_STATE);

    /** Runs work outside any transaction of the calling thread: in the container a JTA {@code NOT_SUPPORTED} call. */
    @FunctionalInterface
    public interface Outside {
        void run(Runnable work);
    }

    private final DataSource dataSource;
    private final boolean create;
    private final Outside outside;
    private volatile Optional<Dialect> dialect;

    /** Creates missing tables, on a datasource outside any container transaction (Java SE, tests). */
    public StoreTables(DataSource dataSource) {
        this(dataSource, true, Runnable::run);
    }

    /**
     * @param create  whether missing tables are created ({@code visma.identity.create-table})
     * @param outside how to leave the caller's transaction for the check and the DDL
     */
    public StoreTables(DataSource dataSource, boolean create, Outside outside) {
        this.dataSource = dataSource;
        this.create = create;
        this.outside = outside;
    }

    /**
     * Checks both tables, once, creating the missing ones when allowed.
     *
     * @throws TokenStoreException when a table is missing and cannot be created, or does not fit
     */
    public void ensure() {
        if (dialect != null) {
            return;
        }
        synchronized (this) {
            if (dialect == null) {
                outside.run(() -> dialect = checkOrCreate());
            }
        }
    }

    /** The database, once {@link #ensure()} has passed; empty for one the store has no definitions for. */
    Optional<Dialect> dialect() {
        ensure();
        return dialect;
    }

    private Optional<Dialect> checkOrCreate() {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            // A statement of its own per table: a failed probe must not abort a transaction (PostgreSQL).
            connection.setAutoCommit(true);
            try {
                DatabaseMetaData metadata = connection.getMetaData();
                Optional<Dialect> found = Dialect.of(metadata);
                for (String table : TABLES) {
                    checkOrCreate(connection, table, found, metadata);
                }
                return found;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new TokenStoreException(TokenStoreException.SCHEMA + ": The token store could not check its tables "
                    + TOKEN_SET + " and " + USED_STATE + ", nor create them (" + SqlErrors.describe(e) + ").",
                    SqlErrors.safeCause(e));
        }
    }

    private void checkOrCreate(Connection connection, String table, Optional<Dialect> dialect,
                               DatabaseMetaData metadata) throws SQLException {
        SQLException probeFailure;
        try {
            List<String> problems = problems(connection, table);
            if (!problems.isEmpty()) {
                throw new TokenStoreException(MISFIT + ": The table " + table + " does not fit the token store: "
                        + String.join("; ", problems) + ". The extension never changes a table: change it (or drop "
                        + "it, when it holds nothing to keep) to match " + definition(dialect, table)
                        + ", then deploy again.");
            }
            return;
        } catch (SQLException e) {
            probeFailure = e;
        }
        if (!create) {
            if (!missing(probeFailure)) {
                throw TokenSetStore.databaseError("read", "the table " + table, probeFailure);
            }
            throw new TokenStoreException(NOT_CREATED + ": The table " + table + " is missing, and "
                    + CREATE_TABLE + " is false, so the extension creates no table. Run "
                    + definition(dialect, table) + " on the datasource's database (or set "
                    + CREATE_TABLE + "=true), then deploy again.");
        }
        if (dialect.isEmpty()) {
            throw new TokenStoreException(UNKNOWN_DATABASE + ": The table " + table + " is missing, and the token "
                    + "store has no table definition for this database (" + metadata.getDatabaseProductName() + " "
                    + metadata.getDatabaseProductVersion() + "); it has them for Derby, PostgreSQL, MySQL, MariaDB, "
                    + "H2, Oracle and SQL Server. Adapt the closest of " + Dialect.FOLDER + "{derby,postgresql,mysql,"
                    + "mariadb,h2,oracle,sqlserver}.sql in the extension jar (keep the names, the primary keys and "
                    + "text columns of at least the lengths there), run both statements, and deploy again: the "
                    + "extension uses the tables it finds and creates nothing then.");
        }
        create(connection, table, dialect.get());
    }

    private void create(Connection connection, String table, Dialect dialect) throws SQLException {
        String sql = dialect.createStatements().get(table);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            // Another node or thread may have created it a moment ago: then it answers now.
            try {
                problems(connection, table);
            } catch (SQLException stillMissing) {
                throw new TokenStoreException(TokenStoreException.SCHEMA + ": The table " + table + " is missing and "
                        + "could not be created (" + SqlErrors.describe(e) + "). Run " + definition(Optional.of(dialect),
                        table) + " as a user who may create tables (or give the datasource's user that right), then "
                        + "deploy again.", SqlErrors.safeCause(e));
            }
        }
    }

    /** What the existing table's columns lack; an {@link SQLException} when it cannot be read (missing). */
    private static List<String> problems(Connection connection, String table) throws SQLException {
        try (Statement probe = connection.createStatement();
             ResultSet none = probe.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            return TableColumns.problems(table, none.getMetaData());
        }
    }

    /** Syntax or access class 42 (42P01, 42X05, 42S02, Oracle's 42000), SQL Server's S0002: no such table. */
    private static boolean missing(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("42") || state.startsWith("S0"));
    }

    private static String definition(Optional<Dialect> dialect, String table) {
        if (dialect.isEmpty()) {
            return "the definition of " + table + " in the closest of " + Dialect.FOLDER + "*.sql in the extension jar";
        }
        Map<String, String> statements = dialect.get().createStatements();
        return "this SQL (from " + dialect.get().resource() + " in the extension jar):\n" + statements.get(table)
                + ";\n";
    }
}

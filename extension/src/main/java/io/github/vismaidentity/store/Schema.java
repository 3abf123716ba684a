package io.github.vismaidentity.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Creates one of the store's tables on first use when it is missing, once per store; a table created at the
 * same moment by another node or thread counts as created.
 */
final class Schema {

    private final DataSource dataSource;
    private final String table;
    private final String create;
    private volatile boolean ready;

    /**
     * @param table  the table's name, as in {@code create}
     * @param create the {@code CREATE TABLE} statement (also in {@code docs/token-store.sql})
     */
    Schema(DataSource dataSource, String table, String create) {
        this.dataSource = dataSource;
        this.table = table;
        this.create = create;
    }

    void ensure() {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (!ready) {
                create();
                ready = true;
            }
        }
    }

    private void create() {
        try (Connection connection = dataSource.getConnection()) {
            if (exists(connection)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(create);
            } catch (SQLException e) {
                if (!exists(connection)) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new TokenStoreException(TokenStoreException.SCHEMA + ": The table " + table
                    + " is missing and could not be created (" + SqlErrors.describe(e) + "). Create it with the SQL "
                    + "in docs/token-store.sql, or give the datasource's user the right to.", SqlErrors.safeCause(e));
        }
    }

    private boolean exists(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        String schema = connection.getSchema();
        for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet tables = metadata.getTables(null, schema, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}

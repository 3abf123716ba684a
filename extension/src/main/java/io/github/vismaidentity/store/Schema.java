package io.github.vismaidentity.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Creates the token table on first use when it is missing, once per store; a table created at the same
 * moment by another node or thread counts as created.
 */
final class Schema {

    private final DataSource dataSource;
    private volatile boolean ready;

    Schema(DataSource dataSource) {
        this.dataSource = dataSource;
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
                statement.executeUpdate(TokenSetSql.CREATE);
            } catch (SQLException e) {
                if (!exists(connection)) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new TokenStoreException(TokenStoreException.SCHEMA + ": The table " + TokenSetSql.TABLE
                    + " is missing and could not be created (" + SqlErrors.describe(e) + "). Create it with the SQL "
                    + "in docs/token-store.sql, or give the datasource's user the right to.", SqlErrors.safeCause(e));
        }
    }

    private static boolean exists(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        String schema = connection.getSchema();
        for (String name : new String[] {TokenSetSql.TABLE, TokenSetSql.TABLE.toLowerCase(Locale.ROOT)}) {
            try (ResultSet tables = metadata.getTables(null, schema, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}

package io.github.vismaidentity.support.databases;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The database-side identity of a connection, and the check that a kill found its session. */
final class Sessions {

    private Sessions() {
    }

    static long id(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** A kill that found nothing to kill would make a test prove nothing: it fails instead. */
    static void require(ResultSet killed, String session) throws SQLException {
        if (!killed.next() || !killed.getBoolean(1)) {
            throw new IllegalStateException(session + " was not killed: it had ended already");
        }
    }
}

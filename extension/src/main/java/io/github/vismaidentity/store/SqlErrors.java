package io.github.vismaidentity.store;

import java.sql.SQLException;
import java.util.Set;

/**
 * A JDBC driver's error as it may appear in a message or a log line. A driver's text can quote the value
 * it refused: Derby's 22001 ("A truncation error was encountered trying to shrink VARCHAR '…'") would put
 * a token in the log. The SQLState is always given; the text only for classes that describe the
 * connection, the transaction, the schema or the server, never a value.
 */
public final class SqlErrors {

    /**
     * Connection, feature, transaction state, authorization, catalog and schema, rollback, syntax and
     * access, resources, and Derby's own connection class XJ.
     */
    private static final Set<String> TEXT_SAFE = Set.of("08", "0A", "25", "28", "2D", "3D", "3F", "40", "42", "53",
            "54", "57", "58", "XJ");

    private SqlErrors() {
    }

    /** {@code SQLState 08006: <the driver's text>}, or {@code SQLState 22001} with the text withheld. */
    public static String describe(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return "no SQLState, " + e.getClass().getSimpleName() + " (driver text withheld)";
        }
        return textIsSafe(state) ? "SQLState " + state + ": " + e.getMessage()
                : "SQLState " + state + " (driver text withheld: it may quote a stored value)";
    }

    /** The exception itself when its text is safe; else one with its SQLState and vendor code, and no text. */
    public static SQLException safeCause(SQLException e) {
        String state = e.getSQLState();
        if (state != null && textIsSafe(state)) {
            return e;
        }
        return new SQLException(describe(e), state, e.getErrorCode());
    }

    private static boolean textIsSafe(String state) {
        return state.length() >= 2 && TEXT_SAFE.contains(state.substring(0, 2));
    }
}

package io.github.vismaidentity.store;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the store needs of each column of its tables, and what an existing table lacks: a column missing,
 * text too short for what is written there, a number that cannot hold a Java {@code long}. Read from the
 * columns of a {@code SELECT *}, so names match whatever case the database keeps them in (PostgreSQL folds
 * to lower case).
 */
final class TableColumns {

    private static final Set<Integer> TEXT = Set.of(Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR,
            Types.LONGVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB);
    /** Types whose length the driver may not report: they hold more than any token. */
    private static final Set<Integer> LARGE_TEXT = Set.of(Types.LONGVARCHAR, Types.LONGNVARCHAR, Types.CLOB,
            Types.NCLOB);
    private static final int LONG_DIGITS = 19;

    /** In {@link #NEEDED}: a 64-bit integer column. */
    private static final int LONG = -1;
    /** Column name to the characters it must hold, or {@link #LONG} for a 64-bit integer. */
    private static final Map<String, Map<String, Integer>> NEEDED = Map.of(
            StoreTables.TOKEN_SET, columns("CLIENT_ID", 255, "SUBJECT", 255, "COMPANY_ID", 255, "COMPANY_NAME", 255,
                    "ACCESS_TOKEN", 16000, "REFRESH_TOKEN", 8000, "ACCESS_EXPIRES_AT", LONG, "SCOPE", 2000,
                    "VERSION", LONG, "STATUS", 32, "CREATED_AT", LONG, "UPDATED_AT", LONG),
            StoreTables.USED_STATE, columns("STATE_HASH", 64, "EXPIRES_AT", LONG));
    private TableColumns() {
    }

    /** What the table's columns lack, one sentence each; empty when they fit. */
    static List<String> problems(String table, ResultSetMetaData found) throws SQLException {
        Map<String, Integer> columnIndex = new LinkedHashMap<>();
        for (int i = 1; i <= found.getColumnCount(); i++) {
            columnIndex.put(found.getColumnName(i).toUpperCase(Locale.ROOT), i);
        }
        List<String> problems = new ArrayList<>();
        NEEDED.get(table).forEach((column, length) -> {
            Integer index = columnIndex.get(column);
            try {
                if (index == null) {
                    problems.add(column + " is missing");
                } else if (length == LONG) {
                    checkLong(column, found, index).ifPresent(problems::add);
                } else {
                    checkText(column, length, found, index).ifPresent(problems::add);
                }
            } catch (SQLException e) {
                problems.add(column + " cannot be described by the driver (" + SqlErrors.describe(e) + ")");
            }
        });
        return problems;
    }

    private static Optional<String> checkLong(String column, ResultSetMetaData found, int index)
            throws SQLException {
        int type = found.getColumnType(index);
        boolean fits = type == Types.BIGINT
                || (type == Types.NUMERIC || type == Types.DECIMAL)
                && found.getScale(index) <= 0 && found.getPrecision(index) >= LONG_DIGITS;
        return fits ? Optional.empty() : Optional.of(column + " is "
                + found.getColumnTypeName(index) + ", it must hold a 64-bit integer (BIGINT, NUMBER(19))");
    }

    private static Optional<String> checkText(String column, int length, ResultSetMetaData found, int index)
            throws SQLException {
        int type = found.getColumnType(index);
        if (!TEXT.contains(type)) {
            return Optional.of(column + " is " + found.getColumnTypeName(index)
                    + ", it must be text of at least " + length + " characters");
        }
        int precision = found.getPrecision(index);
        // 0 or less: the driver does not know (a LOB, an unbounded text); such columns hold any token.
        if (LARGE_TEXT.contains(type) || precision <= 0 || precision >= length) {
            return Optional.empty();
        }
        return Optional.of(column + " holds " + precision + " characters, it must hold at least " + length);
    }

    private static Map<String, Integer> columns(Object... nameThenLength) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < nameThenLength.length; i += 2) {
            columns.put((String) nameThenLength[i], (Integer) nameThenLength[i + 1]);
        }
        return columns;
    }
}

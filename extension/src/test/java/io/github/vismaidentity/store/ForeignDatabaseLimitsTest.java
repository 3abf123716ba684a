package io.github.vismaidentity.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits of the two databases this project cannot run that {@code TableDefinitionsTest} leaves out: the
 * length of a name, and SQL Server's in-row size. Their files are proven only by reading them.
 */
class ForeignDatabaseLimitsTest {

    /** A column line: its name, its type, and the type's size if it has one. */
    private static final Pattern COLUMN = Pattern.compile("^\\s*(\\w+)\\s+(\\w+)(?:\\s*\\(\\s*(\\w+)[^)]*\\))?",
            Pattern.MULTILINE);

    @Test
    void everyOracleNameFitsThirtyCharactersTheLimitBeforeOracle12Point2() {
        assertThat(names(Dialect.ORACLE)).allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(30));
    }

    @Test
    void everySqlServerNameFitsItsLimitOf128Characters() {
        assertThat(names(Dialect.SQLSERVER)).allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(128));
    }

    @Test
    void onSqlServerTheColumnsKeptInTheRowFitItsEightThousandAndSixtyBytes() {
        for (Map.Entry<String, String> table : Dialect.SQLSERVER.createStatements().entrySet()) {
            int bytes = 0;
            for (String[] column : columns(table.getValue())) {
                bytes += sqlServerInRowBytes(column[1], column[2]);
            }
            assertThat(bytes).as(table.getKey()).isLessThanOrEqualTo(8060);
        }
    }

    private static List<String> names(Dialect dialect) {
        List<String> names = new ArrayList<>();
        dialect.createStatements().forEach((table, statement) -> {
            names.add(table);
            columns(statement).forEach(column -> names.add(column[0]));
        });
        assertThat(names).as("tables and columns read from " + dialect.resource()).hasSizeGreaterThan(10);
        return names;
    }

    /** The columns of a CREATE TABLE statement: name, type and size (null without one). */
    private static List<String[]> columns(String statement) {
        String body = statement.substring(statement.indexOf('(') + 1, statement.lastIndexOf(')'));
        List<String[]> columns = new ArrayList<>();
        Matcher column = COLUMN.matcher(body);
        while (column.find()) {
            if (!List.of("PRIMARY", "CONSTRAINT", "UNIQUE").contains(column.group(1).toUpperCase(Locale.ROOT))) {
                columns.add(new String[] {column.group(1), column.group(2).toUpperCase(Locale.ROOT), column.group(3)});
            }
        }
        return columns;
    }

    /** What a value of the type can take in the row; a MAX type is moved off the row, leaving a pointer. */
    private static int sqlServerInRowBytes(String type, String size) {
        if ("MAX".equalsIgnoreCase(size)) {
            return 24;
        }
        return switch (type) {
            case "NVARCHAR", "NCHAR" -> 2 * Integer.parseInt(size);
            case "VARCHAR", "CHAR" -> Integer.parseInt(size);
            case "BIGINT" -> 8;
            case "INT" -> 4;
            default -> throw new AssertionError("A type this test does not know on SQL Server: " + type);
        };
    }
}

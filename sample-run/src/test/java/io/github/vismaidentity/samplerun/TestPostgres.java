package io.github.vismaidentity.samplerun;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL for the launcher's ITs, started by the test in {@code target/} (no Docker, no service): a
 * database {@value #DATABASE} owned by the user {@value #USER}, whose password the server checks (scram-sha-256
 * over TCP, as a user's server does), and the superuser {@code postgres}, trusted, for the test's own reads.
 */
final class TestPostgres implements AutoCloseable {

    static final String DATABASE = "visma";
    static final String USER = "visma";
    static final String PASSWORD = "visma-test-password";

    private static final String HBA = """
            host all postgres 127.0.0.1/32 trust
            host all postgres ::1/128 trust
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;

    private final EmbeddedPostgres server;

    private TestPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /** A fresh server whose files are in {@code folder}. */
    static TestPostgres start(Path folder) throws IOException, SQLException {
        EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(folder).setCleanDataDirectory(true)
                .setDataDirectoryCustomizer(data -> {
                    try {
                        Files.writeString(data.toPath().resolve("pg_hba.conf"), HBA);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).start();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
        }
        return new TestPostgres(server);
    }

    /** {@code jdbc:postgresql://localhost:PORT/visma}, without user or password. */
    String url() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE;
    }

    int port() {
        return server.getPort();
    }

    /** The database as its superuser sees it, for the test's reads. */
    DataSource database() {
        return server.getDatabase("postgres", DATABASE);
    }

    /** The number a one-number query answers ({@code SELECT COUNT(*) ...}, {@code SELECT VERSION ...}). */
    long number(String sql) throws SQLException {
        try (Connection connection = database().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

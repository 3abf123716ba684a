package io.github.vismaidentity.it.wildfly;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;

/**
 * The PostgreSQL 17 server of {@link WildFlyPostgreSqlSignInIT}, started once per test JVM before Arquillian starts
 * WildFly (register it before ArquillianExtension) and stopped after it, when JUnit closes its root store. Its
 * binaries and data are under {@code postgresql.home} (in target/), it listens on the port the build reserved,
 * and it holds the database {@code visma}, owned by the role the server's datasource signs in as, with the
 * name and password of VISMA_JDBC_USER and VISMA_JDBC_PASSWORD. That role must give its password
 * (scram-sha-256); only the {@code postgres} superuser, which creates it, is trusted.
 */
final class WildFlysPostgreSql implements BeforeAllCallback {

    private static final String HBA = """
            # Written by WildFlysPostgreSql: every role but the test's superuser gives its password.
            local all postgres trust
            host all postgres 127.0.0.1/32 trust
            host all postgres ::1/128 trust
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(WildFlysPostgreSql.class, key -> start(), Server.class);
    }

    private static Server start() {
        Path home = Path.of(required("postgresql.home"));
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(Integer.parseInt(required("postgresql.port")))
                    .setOverrideWorkingDirectory(home.resolve("binaries").toFile())
                    .setDataDirectory(home.resolve("data"))
                    .setCleanDataDirectory(true)
                    .setDataDirectoryCustomizer(data -> write(data.toPath().resolve("pg_hba.conf"), HBA))
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            createDatabase(postgres, requiredEnv("VISMA_JDBC_USER"), requiredEnv("VISMA_JDBC_PASSWORD"));
            return new Server(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL server did not start", e);
        } catch (SQLException e) {
            throw new IllegalStateException("The test database could not be created: SQLState " + e.getSQLState(), e);
        }
    }

    private static void createDatabase(EmbeddedPostgres postgres, String user, String password) throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE ROLE \"" + user.replace("\"", "\"\"") + "\" LOGIN PASSWORD '"
                    + password.replace("'", "''") + "'");
            statement.execute("CREATE DATABASE visma OWNER \"" + user.replace("\"", "\"\"") + "\"");
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(String property) {
        return Objects.requireNonNull(System.getProperty(property), "system property " + property);
    }

    private static String requiredEnv(String variable) {
        return Objects.requireNonNull(System.getenv(variable), "environment variable " + variable);
    }

    /** Closed by JUnit with its root store, after Arquillian stopped WildFly. */
    private record Server(EmbeddedPostgres postgres) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }
}

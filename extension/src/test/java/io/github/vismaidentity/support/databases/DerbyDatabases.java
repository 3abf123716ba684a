package io.github.vismaidentity.support.databases;

import org.apache.derby.jdbc.EmbeddedDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.UUID;

/** Embedded Derby in memory: a database per call, nothing to start and nothing left behind. */
final class DerbyDatabases implements TestDatabase.Engine {

    private static final DerbyDatabases INSTANCE = new DerbyDatabases();

    static {
        System.setProperty("derby.stream.error.file", Places.target().resolve("derby.log").toString());
    }

    static DerbyDatabases instance() {
        return INSTANCE;
    }

    @Override
    public DataSource fresh() {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:tokens-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        return dataSource;
    }

    /**
     * Embedded Derby has no session to kill from outside, the process being the server: the nearest is the
     * JDBC abort of the connection from another thread, which rolls its transaction back and frees its locks.
     */
    @Override
    public TestDatabase.KillSwitch killSwitch(Connection victim) {
        return () -> victim.abort(Runnable::run);
    }
}

package io.github.vismaidentity.benchmarks.databases;

import javax.sql.ConnectionEvent;
import javax.sql.ConnectionEventListener;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import javax.sql.PooledConnection;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;

/**
 * The least an application server's pool does, for the load drivers that run the store outside one: physical
 * connections from the driver's {@link ConnectionPoolDataSource}, kept open and handed out again as new logical
 * connections, which the drivers hand out in auto-commit mode. Without it every refresh on PostgreSQL would pay
 * a TCP connection and a server process, which no deployment does. Unbounded: the drivers' worker threads bound
 * it (the scale run's 8 workers open at most 8 connections).
 */
public final class ConnectionPool implements DataSource, AutoCloseable {

    private final ConnectionPoolDataSource physical;
    private final ConcurrentLinkedQueue<PooledConnection> idle = new ConcurrentLinkedQueue<>();
    private final List<PooledConnection> all = new CopyOnWriteArrayList<>();
    private final ConnectionEventListener giveBack = new ConnectionEventListener() {
        @Override
        public void connectionClosed(ConnectionEvent event) {
            idle.add((PooledConnection) event.getSource());
        }

        @Override
        public void connectionErrorOccurred(ConnectionEvent event) {
            // A connection the driver calls broken is not handed out again; the next caller opens a new one.
            PooledConnection broken = (PooledConnection) event.getSource();
            all.remove(broken);
            closeQuietly(broken);
        }
    };

    public ConnectionPool(ConnectionPoolDataSource physical) {
        this.physical = physical;
    }

    @Override
    public Connection getConnection() throws SQLException {
        PooledConnection pooled = idle.poll();
        if (pooled == null) {
            pooled = physical.getPooledConnection();
            pooled.addConnectionEventListener(giveBack);
            all.add(pooled);
        }
        return pooled.getConnection();
    }

    /** How many physical connections the pool opened. */
    public int physicalConnections() {
        return all.size();
    }

    @Override
    public void close() {
        all.forEach(ConnectionPool::closeQuietly);
        all.clear();
        idle.clear();
    }

    private static void closeQuietly(PooledConnection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing at the end of a run, or a connection already broken: nothing left to do with it.
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The pool's connections all use the credentials it was made with");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Nothing to log to.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // The physical datasource's own timeout applies.
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("No parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}

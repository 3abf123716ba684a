package io.github.vismaidentity.support;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/** A real datasource that counts the connections taken from it, to prove a path needs none. */
public final class CountingDataSource extends DelegatingDataSource {

    private final AtomicInteger connections = new AtomicInteger();

    public CountingDataSource(DataSource delegate) {
        super(delegate);
    }

    public int connections() {
        return connections.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        connections.incrementAndGet();
        return delegate.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        connections.incrementAndGet();
        return delegate.getConnection(username, password);
    }
}

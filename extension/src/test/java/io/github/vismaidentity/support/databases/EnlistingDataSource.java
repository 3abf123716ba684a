package io.github.vismaidentity.support.databases;

import io.github.vismaidentity.support.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A datasource as a JTA pool is inside a transaction: every {@link #getConnection()} of the thread's
 * transaction hands out the same connection, with auto-commit off, whose {@code close()} only gives the
 * handle back; the transaction commits when {@link #inTransaction} returns and rolls back when it throws.
 * So code that takes and closes connections itself, as the store's {@code save} does in the container,
 * runs here in one transaction of its own, the container's {@code REQUIRES_NEW}. Outside
 * {@link #inTransaction} connections are the database's own, auto-committing.
 */
public final class EnlistingDataSource extends DelegatingDataSource {

    private final Consumer<String> beforeStatement;
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();

    /**
     * @param beforeStatement called with the SQL of every statement prepared inside a transaction, before it
     *                        is prepared: where a test holds a thread at a chosen statement
     */
    public EnlistingDataSource(DataSource delegate, Consumer<String> beforeStatement) {
        super(delegate);
        this.beforeStatement = beforeStatement;
    }

    /** Runs the work in a transaction of its own on this thread, committed when it returns. */
    public <T> T inTransaction(Callable<T> work) throws Exception {
        try (Connection connection = delegate.getConnection()) {
            connection.setAutoCommit(false);
            transaction.set(connection);
            try {
                T result = work.call();
                connection.commit();
                return result;
            } catch (Exception | Error e) {
                connection.rollback();
                throw e;
            } finally {
                transaction.remove();
            }
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection enlisted = transaction.get();
        return enlisted == null ? delegate.getConnection() : handle(enlisted);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The pool's own user only");
    }

    private Connection handle(Connection enlisted) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    switch (method.getName()) {
                        case "close":
                            return null;
                        case "isClosed":
                            return false;
                        case "commit", "rollback", "setAutoCommit":
                            if (arguments == null || Boolean.TRUE.equals(arguments[0])) {
                                // A rollback to a savepoint is the application's; the transaction's end is not.
                                throw new SQLException("Inside a container transaction " + method.getName()
                                        + " is the transaction manager's", "25000");
                            }
                            break;
                        case "prepareStatement", "prepareCall":
                            beforeStatement.accept((String) arguments[0]);
                            break;
                        default:
                            break;
                    }
                    try {
                        return method.invoke(enlisted, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}

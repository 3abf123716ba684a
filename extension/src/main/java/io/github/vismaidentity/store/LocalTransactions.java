package io.github.vismaidentity.store;


import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@link TokenTransactions} on a plain JDBC datasource, outside a container (Java SE, tests, benchmarks): a
 * connection with auto-commit off, committed after the work, rolled back when it fails. What JTA's
 * {@code REQUIRES_NEW} gives in the container.
 */
public final class LocalTransactions implements TokenTransactions {

    private final DataSource dataSource;

    public LocalTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T inNewTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new TokenStoreException(TokenStoreException.DATABASE + ": The transaction failed ("
                    + SqlErrors.describe(e) + ").", SqlErrors.safeCause(e));
        }
    }
}

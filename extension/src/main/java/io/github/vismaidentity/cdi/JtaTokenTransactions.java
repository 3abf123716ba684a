package io.github.vismaidentity.cdi;

import io.github.vismaidentity.store.SqlErrors;
import io.github.vismaidentity.store.TokenStoreException;
import io.github.vismaidentity.store.TokenTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@link TokenTransactions} in the container: each call runs in a JTA transaction of its own
 * ({@code REQUIRES_NEW}), committed when the method returns, independent of any transaction the
 * application has open, so an application rollback can never take a stored refresh with it. Added to the
 * deployment by {@link VismaIdentityExtension} as an annotated type, so the container's
 * {@code @Transactional} interceptor applies.
 */
@ApplicationScoped
public class JtaTokenTransactions {

    /** Runs the work on a connection of the datasource in a new transaction, and commits. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inNewTransaction(DataSource dataSource, TokenTransactions.Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new TokenStoreException(TokenStoreException.DATABASE + ": The token store's transaction failed "
                    + "(" + SqlErrors.describe(e) + ").", SqlErrors.safeCause(e));
        }
    }

    /**
     * Runs the work with the caller's transaction, if any, suspended ({@code NOT_SUPPORTED}): a connection
     * taken inside is enlisted in nothing and commits each statement, as the store's table check and
     * {@code CREATE TABLE} need (MariaDB and MySQL refuse DDL inside an XA transaction, and a table created in
     * a transaction still open is not there for other nodes).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void outsideTransaction(Runnable work) {
        work.run();
    }

    /** The same, as the store's interface, for one datasource. */
    TokenTransactions on(DataSource dataSource) {
        return new TokenTransactions() {
            @Override
            public <T> T inNewTransaction(Work<T> work) {
                return JtaTokenTransactions.this.inNewTransaction(dataSource, work);
            }
        };
    }
}

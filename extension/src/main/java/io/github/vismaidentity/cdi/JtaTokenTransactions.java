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

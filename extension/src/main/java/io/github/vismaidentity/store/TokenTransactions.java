package io.github.vismaidentity.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work in a transaction of its own on the token datasource, independent of any transaction the
 * caller has open, and commits it before returning: so an application's rollback can never undo a stored
 * refresh, and a row lock taken inside lasts exactly as long as the work. In the container this is a JTA
 * {@code REQUIRES_NEW} transaction.
 */
public interface TokenTransactions {

    /**
     * @return what the work returned, after the commit
     * @throws TokenStoreException when the work failed with an {@link SQLException} or the commit failed;
     *                             runtime exceptions of the work pass through, after a rollback
     */
    <T> T inNewTransaction(Work<T> work);

    /** Work on the transaction's connection; it must not commit, roll back or close it. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}

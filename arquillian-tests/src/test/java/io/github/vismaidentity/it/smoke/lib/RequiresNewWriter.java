package io.github.vismaidentity.it.smoke.lib;

import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Inserts a row in a transaction of its own. A bean only because {@link SmokeExtension} adds its type:
 * if the {@code @Transactional} interceptor did not apply, the row would join the caller's transaction
 * and be rolled back with it.
 */
public class RequiresNewWriter {

    /** Returns the key of the transaction the row was written in. */
    @Transactional(TxType.REQUIRES_NEW)
    public Object insert(String run, String label) {
        SmokeRows.insert(run, label);
        return SmokeRows.transactionKey();
    }
}

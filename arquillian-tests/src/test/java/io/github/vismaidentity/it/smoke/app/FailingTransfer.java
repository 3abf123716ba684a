package io.github.vismaidentity.it.smoke.app;

import io.github.vismaidentity.it.smoke.lib.RequiresNewWriter;
import io.github.vismaidentity.it.smoke.lib.SmokeRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** A discovered bean whose transaction fails after it called the extension-added REQUIRES_NEW writer. */
@ApplicationScoped
public class FailingTransfer {

    @Inject
    RequiresNewWriter writer;

    /** Writes "required" in its own transaction and "requires-new" through the writer, then fails. */
    @Transactional
    public void insertBothThenFail(String run, List<Object> transactionKeys) {
        SmokeRows.insert(run, "required");
        transactionKeys.add(SmokeRows.transactionKey());
        transactionKeys.add(writer.insert(run, "requires-new"));
        throw new IllegalStateException("the caller fails after the REQUIRES_NEW call returned");
    }
}

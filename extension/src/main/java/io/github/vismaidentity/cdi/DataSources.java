package io.github.vismaidentity.cdi;

import io.github.vismaidentity.store.TokenStoreException;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The configured datasource, looked up by JNDI on first use (on a request thread, where {@code java:comp}
 * names resolve) and then kept.
 */
final class DataSources {

    static final String NOT_FOUND = TokenStoreException.NO_DATASOURCE;

    private final String jndiName;
    private final AtomicReference<DataSource> found = new AtomicReference<>();

    DataSources(String jndiName) {
        this.jndiName = jndiName;
    }

    DataSource get() {
        DataSource known = found.get();
        if (known != null) {
            return known;
        }
        try {
            found.compareAndSet(null, InitialContext.doLookup(jndiName));
        } catch (NamingException | ClassCastException e) {
            throw new TokenStoreException(NOT_FOUND + ": No datasource at JNDI name '" + jndiName + "' (" + e
                    + "). Set visma.identity.datasource to the JNDI name of a JTA datasource of the server.", e);
        }
        return found.get();
    }
}

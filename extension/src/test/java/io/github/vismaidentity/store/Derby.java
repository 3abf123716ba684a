package io.github.vismaidentity.store;

import org.apache.derby.jdbc.EmbeddedDataSource;

import java.util.UUID;

/** A fresh in-memory Derby database per call: real SQL, no files left behind. */
public final class Derby {

    static {
        System.setProperty("derby.stream.error.file", System.getProperty("java.io.tmpdir", "target") + "/derby.log");
    }

    private Derby() {
    }

    public static EmbeddedDataSource inMemory() {
        return named("memory:tokens-" + UUID.randomUUID());
    }

    public static EmbeddedDataSource named(String name) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(name);
        dataSource.setCreateDatabase("create");
        return dataSource;
    }
}

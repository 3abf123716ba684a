package io.github.vismaidentity.benchmarks.databases;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Where a load driver gets its databases: in-memory Derby, or databases on one PostgreSQL server started the
 * first time one is asked for (its files under {@code postgresFolder}) and stopped by {@link #close()}.
 */
public final class BenchDatabases implements AutoCloseable {

    private final Path postgresFolder;
    private EmbeddedPostgres17 postgres;

    public BenchDatabases(Path postgresFolder) {
        this.postgresFolder = postgresFolder;
    }

    /** A new, empty database of this kind, named after {@code purpose} and made unique. */
    public BenchDatabase open(DatabaseKind kind, String purpose) throws IOException, SQLException {
        String name = purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return switch (kind) {
            case DERBY -> BenchDatabase.derbyInMemory(name);
            case POSTGRESQL -> BenchDatabase.postgres(postgres(), name);
        };
    }

    /** The PostgreSQL server, started now if it is not running yet. */
    public EmbeddedPostgres17 postgres() throws IOException {
        if (postgres == null) {
            long starting = System.nanoTime();
            postgres = EmbeddedPostgres17.start(postgresFolder);
            System.out.printf("PostgreSQL started in %.1f s, its files under %s%n", (System.nanoTime() - starting) / 1e9,
                    postgresFolder);
        }
        return postgres;
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }
}

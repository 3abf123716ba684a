package io.github.vismaidentity.benchmarks.http;

import io.github.vismaidentity.benchmarks.databases.DatabaseKind;
import io.github.vismaidentity.benchmarks.databases.EmbeddedPostgres17;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a Payara Micro of the HTTP run gets its {@code jdbc/visma}: server-config's post-boot file for the
 * database, the JDBC driver for {@code --addlibs}, and what the post-boot file reads (system properties,
 * environment variables).
 *
 * @param description  what the results say about it
 * @param serverCounts what the database server counts of the pool's work; none for Derby, which runs inside Payara
 */
record PayaraPool(DatabaseKind kind, Path postBoot, Path libs, List<String> systemProperties,
                  Map<String, String> environment, String description, Optional<ServerCounts> serverCounts) {

    /** What a database server counts of the work a Payara's pool sends it. */
    interface ServerCounts {

        /** Statements it has run for the pool's database so far. */
        long statements() throws SQLException;

        /** Connections open to the pool's database now. */
        long connections() throws SQLException;
    }

    /** Embedded Derby in the run's folder, by {@code post-boot-derby-embedded.asadmin} (or {@code postBoot}). */
    static PayaraPool derby(Path runtime, Path postBoot, Path work, String database) {
        return new PayaraPool(DatabaseKind.DERBY, postBoot, runtime.resolve("lib"),
                List.of("-Dderby.system.home=" + work, "-Dvisma.derby.database=" + work.resolve(database)), Map.of(),
                "`jdbc/visma` by server-config's `" + postBoot.getFileName() + "` on embedded Derby", Optional.empty());
    }

    /**
     * A new database on {@code server}, by {@code post-boot-postgresql.asadmin} with the PostgreSQL driver in
     * {@code lib-postgresql}; the post-boot file reads the URL, user and password from the environment
     * ({@code VISMA_JDBC_URL}, {@code VISMA_JDBC_USER}, {@code VISMA_JDBC_PASSWORD}). The server trusts local
     * connections, so the password is only there because the file asks for one.
     */
    static PayaraPool postgres(Path runtime, EmbeddedPostgres17 server, String database) throws SQLException {
        String url = server.createDatabase(database);
        return new PayaraPool(DatabaseKind.POSTGRESQL, runtime.resolve("post-boot-postgresql.asadmin"),
                runtime.resolve("lib-postgresql"), List.of(), Map.of("VISMA_JDBC_URL", url,
                "VISMA_JDBC_USER", EmbeddedPostgres17.USER, "VISMA_JDBC_PASSWORD", "unused-trusted-locally"),
                "`jdbc/visma` by server-config's `post-boot-postgresql.asadmin` on " + server.describe(),
                Optional.of(new ServerCounts() {
                    @Override
                    public long statements() throws SQLException {
                        return server.statementsRun(database);
                    }

                    @Override
                    public long connections() throws SQLException {
                        return server.connectionsOpen(database);
                    }
                }));
    }
}

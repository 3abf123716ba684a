package io.github.vismaidentity.it.nodes;

/**
 * {@link TwoNodes} on a Derby Network Server in the test JVM, reached through server-config's
 * {@code post-boot-derby-network.asadmin} (a local-transaction pool).
 */
class TwoNodesIT extends TwoNodes {

    TwoNodesIT() {
        super("node", build -> DerbyNetwork.start(build.resolve("derby-network")));
    }
}

package io.github.vismaidentity.it.nodes;

/** A database server that the test started for several Payara Micro nodes; closing it stops it. */
interface SharedDatabase extends AutoCloseable {

    /** How a node reaches it: the driver, the post-boot file and what that file reads. */
    NodeDatabase forNodes();
}

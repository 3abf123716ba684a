package io.github.vismaidentity.it.nodes;

import java.util.List;
import java.util.Map;

/**
 * What a Payara Micro node needs to reach the database of its token store, as server-config/README.md tells a
 * user: the JDBC driver for {@code --addlibs}, the post-boot file that creates {@code jdbc/visma}, and the
 * system properties and environment variables that file reads.
 *
 * @param libs        the {@code --addlibs} argument: a folder of jars
 * @param postBoot    the post-boot command file
 * @param properties  {@code -D} options for the node's JVM, each {@code name=value}
 * @param environment environment variables for the node's process
 */
public record NodeDatabase(String libs, String postBoot, List<String> properties, Map<String, String> environment) {

    public NodeDatabase {
        properties = List.copyOf(properties);
        environment = Map.copyOf(environment);
    }

    /** A Derby Network Server on this machine's port, through server-config's network post-boot file. */
    public static NodeDatabase derbyNetwork(int port) {
        return new NodeDatabase(System.getProperty("payara.libs.network"),
                System.getProperty("payara.post-boot.network"),
                List.of("visma.derby.host=localhost", "visma.derby.port=" + port), Map.of());
    }
}

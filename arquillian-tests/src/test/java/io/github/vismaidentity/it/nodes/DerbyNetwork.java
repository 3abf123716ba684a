package io.github.vismaidentity.it.nodes;

import org.apache.derby.drda.NetworkServerControl;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A Derby Network Server in the test JVM, on a free port, its databases under {@code home}. */
final class DerbyNetwork implements SharedDatabase {

    private final NetworkServerControl server;
    private final int port;
    private final PrintWriter log;

    private DerbyNetwork(NetworkServerControl server, int port, PrintWriter log) {
        this.server = server;
        this.port = port;
        this.log = log;
    }

    static DerbyNetwork start(Path home) throws Exception {
        Files.createDirectories(home);
        System.setProperty("derby.system.home", home.toString()); // read when the engine boots, below
        int port = FreePorts.next();
        NetworkServerControl server = new NetworkServerControl(InetAddress.getLoopbackAddress(), port);
        PrintWriter log = new PrintWriter(Files.newBufferedWriter(home.resolve("network-server.log"),
                StandardCharsets.UTF_8), true);
        server.start(log);
        try {
            Awaitility.await("Derby Network Server on port " + port).atMost(Duration.ofSeconds(60))
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
                        server.ping();
                        return true;
                    });
        } catch (ConditionTimeoutException notYet) {
            throw new IllegalStateException("Derby Network Server did not answer on port " + port, notYet);
        }
        return new DerbyNetwork(server, port, log);
    }

    @Override
    public NodeDatabase forNodes() {
        return NodeDatabase.derbyNetwork(port);
    }

    @Override
    public void close() throws Exception {
        try {
            server.shutdown();
        } finally {
            log.close();
        }
    }
}

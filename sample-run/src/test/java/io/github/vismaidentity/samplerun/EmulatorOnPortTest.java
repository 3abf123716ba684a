package io.github.vismaidentity.samplerun;

import com.sun.net.httpserver.HttpServer;
import io.github.vismaidentity.emulator.VismaEmulator;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The second launcher and a taken --emulator-port, against the real emulator in this JVM. */
class EmulatorOnPortTest {

    private static final int FIRST_NODE = 18080;
    private static final int SECOND_NODE = 18081;

    @Test
    void anotherLaunchersEmulatorThatKnowsThisNodeIsUsed() {
        try (VismaEmulator visma = emulatorFor(FIRST_NODE, SECOND_NODE)) {
            assertThatCode(() -> EmulatorOnPort.useOrExplain(node(SECOND_NODE, visma.port()))).doesNotThrowAnyException();
        }
    }

    @Test
    void anotherLaunchersEmulatorThatWasNotToldAboutThisNodeSaysWhichOptionToStartItWith() {
        try (VismaEmulator visma = emulatorFor(FIRST_NODE)) {
            assertThatThrownBy(() -> EmulatorOnPort.useOrExplain(node(SECOND_NODE, visma.port())))
                    .hasMessageContaining("http://localhost:" + SECOND_NODE + "/visma/callback is not registered")
                    .hasMessageContaining("Start that launcher again with --other-node-port " + SECOND_NODE);
        }
    }

    @Test
    void somethingElseOnThePortIsAPortInUse() throws Exception {
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        other.start();
        try {
            int port = other.getAddress().getPort();
            assertThatThrownBy(() -> EmulatorOnPort.useOrExplain(node(SECOND_NODE, port)))
                    .hasMessageContaining("Port " + port + " is in use, by something other than a Visma emulator")
                    .hasMessageContaining("--emulator-port");
        } finally {
            other.stop(0);
        }
    }

    /** As the first launcher starts it: its own node's redirect URI and those of {@code others}. */
    private static VismaEmulator emulatorFor(int node, Integer... others) {
        List<Integer> ports = new ArrayList<>(List.of(node));
        ports.addAll(List.of(others));
        return VismaEmulator.builder().clients(VismaTarget.emulatorClient(ports)).start();
    }

    private static RunOptions node(int port, int emulatorPort) {
        return new RunOptions(port, emulatorPort, Path.of("/data"), Optional.empty(), List.of(), Duration.ofHours(1));
    }
}

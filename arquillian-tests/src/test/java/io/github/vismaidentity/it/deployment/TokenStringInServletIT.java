package io.github.vismaidentity.it.deployment;

import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.it.deployment.app.TokenFieldServlet;
import io.github.vismaidentity.it.nodes.NodeDatabase;
import io.github.vismaidentity.it.nodes.PayaraNode;
import io.github.vismaidentity.it.support.TestWar;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A WAR whose servlet injects {@code @VismaToken String} into a field, deployed on Payara Micro: the
 * deployment fails with VISMAID1023 naming the field, and the application never serves a request.
 */
class TokenStringInServletIT {

    private static final String CONTEXT = "visma-token-field";

    private static VismaEmulator visma;
    private static PayaraNode node;
    private static String log;

    @BeforeAll
    static void deployTheWar() throws Exception {
        visma = VismaEmulator.builder().start();
        Path build = Path.of(System.getProperty("build.directory"));
        Path war = Files.createDirectories(build.resolve("nodes")).resolve(CONTEXT + ".war");
        // No JPA unit: it would need the database while deploying, before CDI is reached.
        WebArchive app = TestWar.of(CONTEXT, visma, "token-field-client", "token field secret", new byte[32],
                TokenFieldServlet.class.getPackage());
        app.delete("WEB-INF/classes/META-INF/persistence.xml");
        app.as(ZipExporter.class).exportTo(war.toFile(), true);
        node = new PayaraNode("token-field", war, NodeDatabase.derbyNetwork(closedPort()));
        node.start();
        log = node.awaitStarted();
    }

    @AfterAll
    static void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        if (visma != null) {
            visma.stop();
        }
    }

    @Test
    void theDeploymentFailsWithTheMessageNamingTheServletsField() {
        assertThat(log).contains("VISMAID1023", TokenFieldServlet.class.getName() + ".accessToken",
                "@VismaToken VismaAccessToken");
    }

    @Test
    void theApplicationServesNoRequest() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(node.app(CONTEXT).toURI().resolve("token-field")).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(404);
    }

    /** The token store is never reached: its Derby port is one nothing listens on. */
    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

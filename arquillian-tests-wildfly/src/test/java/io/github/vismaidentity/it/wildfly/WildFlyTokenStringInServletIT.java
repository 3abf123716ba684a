package io.github.vismaidentity.it.wildfly;

import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.it.deployment.app.TokenFieldServlet;
import io.github.vismaidentity.it.support.TestWar;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The Payara test TokenStringInServletIT on WildFly 39: the same WAR, whose servlet injects {@code @VismaToken
 * String} into a field, built by the same code. WildFly refuses the deployment with VISMAID1023 naming the field,
 * and the application never serves a request. Deployed by hand ({@code managed = false}): a deployment that
 * Arquillian manages and that fails would fail the class before any test could say what happened.
 */
@ExtendWith(ArquillianExtension.class)
class WildFlyTokenStringInServletIT {

    private static final String CONTEXT = "visma-token-field";

    private static VismaEmulator visma;
    private static Throwable failure;

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = CONTEXT, managed = false, testable = false)
    static WebArchive deployment() {
        // Arquillian builds the archive before any @BeforeAll runs: the emulator its configuration names starts here.
        visma = VismaEmulator.builder().start();
        WebArchive app = TestWar.of(CONTEXT, visma, "token-field-client", "token field secret", new byte[32],
                TokenFieldServlet.class.getPackage());
        // No JPA unit: it would need the database while deploying, before CDI is reached.
        app.delete("WEB-INF/classes/META-INF/persistence.xml");
        return app;
    }

    /** One attempt for both tests; its outcome is kept. */
    @BeforeEach
    void deployOnce() {
        if (failure == null) {
            failure = catchThrowable(() -> deployer.deploy(CONTEXT));
            if (failure == null) {
                // Deployed: both tests fail, the second on the servlet's answer. Arquillian undeploys what
                // Deployer deployed when the class ends, so the other test classes find the server as before.
                failure = new AssertionError("deployed without error");
            }
        }
    }

    @AfterAll
    static void stop() {
        if (visma != null) {
            visma.stop();
        }
    }

    @Test
    void theDeploymentFailsWithTheMessageNamingTheServletsField() throws IOException {
        String field = TokenFieldServlet.class.getName() + ".accessToken";
        Path serverLog = Path.of(System.getProperty("wildfly.home"), "standalone", "log", "server.log");

        assertThat(failure).hasMessageContainingAll("VISMAID1023", field);
        assertThat(Files.readString(serverLog)).contains("VISMAID1023", field, "@VismaToken VismaAccessToken");
    }

    @Test
    void theApplicationServesNoRequest() throws Exception {
        URI servlet = URI.create("http://localhost:" + Integer.getInteger("wildfly.http.port") + "/" + CONTEXT
                + "/token-field");
        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(servlet).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(404);
    }
}

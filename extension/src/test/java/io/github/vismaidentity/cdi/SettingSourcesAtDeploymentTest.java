package io.github.vismaidentity.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vismaidentity.VismaIdentityDefinition;
import io.github.vismaidentity.config.SettingSources;
import io.github.vismaidentity.support.CapturedLog;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** VISMAID1130 as a deployment logs it: the extension in Weld SE, configured through system properties. */
class SettingSourcesAtDeploymentTest {

    private static final String SECRET = "deployment-secret-value";

    private final WeldHarness harness = new WeldHarness();

    @VismaIdentityDefinition(callerGroups = "user")
    @ApplicationScoped
    static class Annotated {
    }

    @AfterEach
    void restore() {
        harness.restore();
    }

    @Test
    void theDeploymentLogsOnceAtInfoWhereEachSettingCameFromWithoutTheSecret() throws IOException {
        harness.set(VismaIdentityDefinition.CLIENT_ID, "deployment-client");
        harness.set(VismaIdentityDefinition.CLIENT_SECRET, SECRET);
        // An issuer on this machine that does not answer: no key needed, and discovery only warns.
        harness.set(VismaIdentityDefinition.ISSUER, "http://localhost:" + closedPort());
        List<LogRecord> records;
        try (CapturedLog log = CapturedLog.of(VismaIdentityExtension.class)) {
            try (WeldContainer container = WeldHarness.weld(new Class<?>[] {Annotated.class}).initialize()) {
                assertThat(container.isRunning()).isTrue();
            }
            records = log.records();
        }

        assertThat(records).filteredOn(record -> record.getMessage().startsWith(SettingSources.ID)).singleElement()
                .satisfies(record -> {
                    assertThat(record.getLevel()).isEqualTo(Level.INFO);
                    assertThat(record.getMessage())
                            .contains("client-id, client-secret, issuer from SysPropConfigSource")
                            .contains("caller-groups from @VismaIdentityDefinition")
                            .doesNotContain(SECRET, "deployment-client", "localhost");
                });
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

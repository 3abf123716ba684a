package io.github.vismaidentity.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vismaidentity.VismaIdentityDefinition;
import io.github.vismaidentity.cdi.VismaIdentityExtension;
import io.github.vismaidentity.support.CapturedLog;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** VISMAID1130 as a deployment logs it: the extension in Weld SE, configured through system properties. */
class SettingSourcesAtDeploymentTest {

    private static final String SECRET = "deployment-secret-value";

    private final Map<String, String> previous = new HashMap<>();

    @VismaIdentityDefinition(callerGroups = "user")
    @ApplicationScoped
    static class Annotated {
    }

    @AfterEach
    void restore() {
        previous.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    @Test
    void theDeploymentLogsOnceAtInfoWhereEachSettingCameFromWithoutTheSecret() throws IOException {
        set(VismaIdentityDefinition.CLIENT_ID, "deployment-client");
        set(VismaIdentityDefinition.CLIENT_SECRET, SECRET);
        // An issuer on this machine that does not answer: no key needed, and discovery only warns.
        set(VismaIdentityDefinition.ISSUER, "http://localhost:" + closedPort());
        List<LogRecord> records;
        try (CapturedLog log = CapturedLog.of(VismaIdentityExtension.class)) {
            try (WeldContainer container = new Weld().disableDiscovery().addExtension(new VismaIdentityExtension())
                    .addBeanClasses(Annotated.class).initialize()) {
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

    private void set(String key, String value) {
        previous.putIfAbsent(key, System.getProperty(key));
        System.setProperty(key, value);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

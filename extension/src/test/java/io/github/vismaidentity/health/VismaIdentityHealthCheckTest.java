package io.github.vismaidentity.health;

import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.protocol.Discovery;
import io.github.vismaidentity.protocol.VismaHttp;
import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.store.Derby;
import io.github.vismaidentity.store.TokenCipher;
import io.github.vismaidentity.store.TokenSetStore;
import io.github.vismaidentity.store.TokenStoreException;
import io.github.vismaidentity.support.MutableClock;
import io.github.vismaidentity.support.TestSettings;
import org.apache.derby.client.BasicClientDataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The readiness check against the emulator over real HTTP, with a clock the test moves. */
class VismaIdentityHealthCheckTest extends EmulatorTestBase {

    private final MutableClock clock = new MutableClock();

    @Test
    void probedManyTimesWithinTheIntervalFetchesDiscoveryOnce() {
        VismaIdentityHealthCheck check = check();
        long before = emulator.control().requests(Endpoint.DISCOVERY);

        for (int i = 0; i < 10; i++) {
            assertThat(data(check.call())).containsEntry("discovery", "UP");
            clock.advance(VismaIdentityHealthCheck.DISCOVERY_INTERVAL.dividedBy(20));
        }

        assertThat(emulator.control().requests(Endpoint.DISCOVERY) - before).isEqualTo(1);
    }

    @Test
    void afterTheIntervalTheNextProbeFetchesDiscoveryAgain() {
        VismaIdentityHealthCheck check = check();
        long before = emulator.control().requests(Endpoint.DISCOVERY);

        check.call();
        clock.advance(VismaIdentityHealthCheck.DISCOVERY_INTERVAL.plus(Duration.ofSeconds(1)));
        check.call();
        check.call();

        assertThat(emulator.control().requests(Endpoint.DISCOVERY) - before).isEqualTo(2);
    }

    @Test
    void aDatasourceFailureIsReportedByItsMessageIdWithoutTheDriversMessageHostOrUser() throws Exception {
        BasicClientDataSource unreachable = new BasicClientDataSource();
        unreachable.setServerName("localhost");
        unreachable.setPortNumber(closedPort());
        unreachable.setDatabaseName("billing");
        unreachable.setUser("billing_admin");
        VismaIdentityHealthCheck check = check(new TokenSetStore(unreachable, TokenCipher.plaintext(), clock));

        HealthCheckResponse response = check.call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(data(response).get("tokenStore").toString()).matches("VISMAID30\\d\\d: .*").contains("server log")
                .doesNotContain("localhost", "billing_admin", "Error connecting", "Connection refused", "08001");
    }

    @Test
    void aMissingDatasourceIsReportedByItsMessageIdWithoutTheJndiName() {
        VismaIdentityHealthCheck check = new VismaIdentityHealthCheck(discovery(emulator.issuer()), () -> {
            throw new TokenStoreException(TokenStoreException.NO_DATASOURCE + ": No datasource at JNDI name '"
                    + "java:app/jdbc/billing-pool' (javax.naming.NameNotFoundException: billing-pool not found)."
                    + " Set visma.identity.datasource to the JNDI name of a JTA datasource of the server.");
        }, clock);

        assertThat(data(check.call()).get("tokenStore").toString()).startsWith(TokenStoreException.NO_DATASOURCE)
                .contains("server log").doesNotContain("billing-pool", "NameNotFoundException");
    }

    @Test
    void anUnreachableIssuerIsReportedByItsMessageIdWithoutTheAddressOrTheException() {
        VismaIdentityHealthCheck check = new VismaIdentityHealthCheck(discovery("http://localhost:1"),
                () -> new TokenSetStore(Derby.inMemory(), TokenCipher.plaintext(), clock), clock);

        String discovery = data(check.call()).get("discovery").toString();

        assertThat(discovery).startsWith(Discovery.UNREACHABLE).contains("server log")
                .doesNotContain("localhost:1", "Exception");
    }

    private VismaIdentityHealthCheck check() {
        return check(new TokenSetStore(Derby.inMemory(), TokenCipher.plaintext(), clock));
    }

    private VismaIdentityHealthCheck check(TokenSetStore store) {
        return new VismaIdentityHealthCheck(discovery(emulator.issuer()), () -> store, clock);
    }

    private Discovery discovery(String issuer) {
        VismaIdentitySettings settings = TestSettings.forEmulator(emulator).issuer(issuer).build();
        return new Discovery(settings, new VismaHttp(settings));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Map<String, Object> data(HealthCheckResponse response) {
        return response.getData().orElseThrow();
    }
}

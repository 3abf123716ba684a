package io.github.vismaidentity.health;

import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.protocol.Discovery;
import io.github.vismaidentity.protocol.VismaHttp;
import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.config.EncryptionKey;
import io.github.vismaidentity.store.Derby;
import io.github.vismaidentity.store.StoreTables;
import io.github.vismaidentity.store.TokenCipher;
import io.github.vismaidentity.store.TokenSetKey;
import io.github.vismaidentity.store.TokenSetStore;
import io.github.vismaidentity.store.TokenStoreException;
import io.github.vismaidentity.support.MutableClock;
import io.github.vismaidentity.support.TestSettings;
import org.apache.derby.client.BasicClientDataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.github.vismaidentity.health.VismaIdentityHealthCheck.NOT_CHECKED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The readiness check against the emulator over real HTTP, with a clock the test moves. */
class VismaIdentityHealthCheckTest extends EmulatorTestBase {

    private static final String CLIENT = "health-client";

    private static final EncryptionKey CONFIGURED = key(1);
    private static final EncryptionKey OTHER = key(2);

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
        assertThat(data(response).get("datasource").toString()).matches("VISMAID30\\d\\d: .*").contains("server log")
                .doesNotContain("localhost", "billing_admin", "Error connecting", "Connection refused", "08001");
        assertThat(data(response)).containsEntry("discovery", "UP")
                .hasEntrySatisfying("table", value -> assertThat(value.toString()).startsWith(NOT_CHECKED + ":"))
                .hasEntrySatisfying("key", value -> assertThat(value.toString()).startsWith(NOT_CHECKED + ":"));
    }

    @Test
    void aMissingDatasourceIsReportedByItsMessageIdWithoutTheJndiName() {
        VismaIdentityHealthCheck check = new VismaIdentityHealthCheck(discovery(emulator.issuer()), () -> {
            throw new TokenStoreException(TokenStoreException.NO_DATASOURCE + ": No datasource at JNDI name '"
                    + "java:app/jdbc/billing-pool' (javax.naming.NameNotFoundException: billing-pool not found)."
                    + " Set visma.identity.datasource to the JNDI name of a JTA datasource of the server.");
        }, CLIENT, clock);

        assertThat(data(check.call()).get("datasource").toString()).startsWith(TokenStoreException.NO_DATASOURCE)
                .contains("server log").doesNotContain("billing-pool", "NameNotFoundException");
    }

    @Test
    void anUnreachableIssuerIsReportedByItsMessageIdWithoutTheAddressOrTheException() {
        VismaIdentityHealthCheck check = new VismaIdentityHealthCheck(discovery("http://localhost:1"),
                () -> new TokenSetStore(Derby.inMemory(), TokenCipher.plaintext(), clock), CLIENT, clock);

        String discovery = data(check.call()).get("discovery").toString();

        assertThat(discovery).startsWith(Discovery.UNREACHABLE).contains("server log")
                .doesNotContain("localhost:1", "Exception");
    }

    @Test
    void whenAllIsWellEveryPartIsUp() {
        HealthCheckResponse response = check().call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(data(response)).containsExactly(entry("discovery", "UP"), entry("datasource", "UP"),
                entry("table", "UP"), entry("key", "UP"));
    }

    @Test
    void aMissingTableIsTheTablePartWithTheDatasourceUpAndTheKeyNotChecked() {
        EmbeddedDataSource derby = Derby.inMemory();
        VismaIdentityHealthCheck check = check(new TokenSetStore(derby, TokenCipher.plaintext(), clock,
                new StoreTables(derby, false, Runnable::run)));

        HealthCheckResponse response = check.call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(data(response)).containsEntry("discovery", "UP").containsEntry("datasource", "UP")
                .hasEntrySatisfying("table", value -> assertThat(value.toString())
                        .startsWith(StoreTables.NOT_CREATED + ": ").endsWith("the details are in the server log.")
                        .doesNotContain("VISMA_TOKEN_SET", "CREATE TABLE"))
                .hasEntrySatisfying("key", value -> assertThat(value.toString()).startsWith(NOT_CHECKED + ":"));
    }

    @Test
    void tokensStoredUnderAnotherKeyMakeTheKeyPartDownWithoutNamingAKey() {
        EmbeddedDataSource derby = Derby.inMemory();
        saveTokenSets(derby, OTHER, 3);

        HealthCheckResponse response = check(storeWith(derby, TokenCipher.with(CONFIGURED))).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(data(response)).containsEntry("datasource", "UP").containsEntry("table", "UP")
                .hasEntrySatisfying("key", value -> assertThat(value.toString())
                        .isEqualTo(VismaIdentityHealthCheck.KEY_MISMATCH + ": the configured encryption keys do not"
                                + " open the stored tokens; the details are in the server log."));
    }

    @Test
    void theOldKeyAmongThePreviousKeysOpensThemAndAFewStragglersDoNotMakeTheNodeUnready() {
        EmbeddedDataSource derby = Derby.inMemory();
        saveTokenSets(derby, OTHER, 2);
        saveTokenSets(derby, CONFIGURED, 3);

        assertThat(data(check(storeWith(derby, TokenCipher.rotating(CONFIGURED, List.of(OTHER)))).call()))
                .containsEntry("key", "UP");
        assertThat(data(check(storeWith(derby, TokenCipher.with(CONFIGURED))).call()))
                .as("2 of 5 do not open: logged, not down").containsEntry("key", "UP");
    }

    @Test
    void theKeyPartLooksAtTheTokensAtMostOncePerInterval() {
        EmbeddedDataSource derby = Derby.inMemory();
        saveTokenSets(derby, OTHER, 1);
        VismaIdentityHealthCheck check = check(storeWith(derby, TokenCipher.with(CONFIGURED)));
        assertThat(data(check.call()).get("key").toString()).startsWith(VismaIdentityHealthCheck.KEY_MISMATCH);

        saveTokenSets(derby, CONFIGURED, 3);
        clock.advance(VismaIdentityHealthCheck.PROBE_INTERVAL.minusSeconds(1));
        assertThat(data(check.call()).get("key").toString()).as("the last look, within the interval")
                .startsWith(VismaIdentityHealthCheck.KEY_MISMATCH);

        clock.advance(Duration.ofSeconds(1));
        assertThat(data(check.call())).containsEntry("key", "UP");
    }

    private TokenSetStore storeWith(EmbeddedDataSource derby, TokenCipher cipher) {
        return new TokenSetStore(derby, cipher, clock);
    }

    private void saveTokenSets(EmbeddedDataSource derby, EncryptionKey key, int count) {
        TokenSetStore store = storeWith(derby, TokenCipher.with(key));
        for (int i = 0; i < count; i++) {
            clock.advance(Duration.ofMillis(1));
            store.save(new TokenSetKey(CLIENT, "user-" + UUID.randomUUID(), "company-" + i), "Company " + i,
                    "access-" + i, "refresh-" + i, clock.instant().plusSeconds(3600), "openid");
        }
    }

    private VismaIdentityHealthCheck check() {
        return check(new TokenSetStore(Derby.inMemory(), TokenCipher.plaintext(), clock));
    }

    private VismaIdentityHealthCheck check(TokenSetStore store) {
        return new VismaIdentityHealthCheck(discovery(emulator.issuer()), () -> store, CLIENT, clock);
    }

    private Discovery discovery(String issuer) {
        VismaIdentitySettings settings = TestSettings.forEmulator(emulator).issuer(issuer).build();
        return new Discovery(settings, new VismaHttp(settings));
    }

    private static EncryptionKey key(int fill) {
        byte[] bytes = new byte[EncryptionKey.LENGTH];
        Arrays.fill(bytes, (byte) fill);
        return EncryptionKey.of(bytes);
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

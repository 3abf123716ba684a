package io.github.vismaidentity.refresh;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaConnection;
import io.github.vismaidentity.VismaReauthenticationRequiredException;
import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.VismaTransientException;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.config.EncryptionKey;
import io.github.vismaidentity.store.TokenCipher;
import io.github.vismaidentity.store.TokenSetKey;
import io.github.vismaidentity.store.TokenSet;
import io.github.vismaidentity.store.TokenSetStore;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The {@link VismaTokens} a background job uses: tokens by company, the list of connections, disconnect. */
class RefreshingTokensTest extends EmulatorTestBase {

    private RefreshFixture fixture;
    private VismaTokens tokens;

    @BeforeEach
    void signIn() {
        fixture = new RefreshFixture(emulator, browser);
        TokenRefresher node = fixture.node();
        tokens = new RefreshingTokens("demo-client", () -> node, fixture::store);
    }

    @Test
    void aJobGetsTheCompanysTokenWithoutARequestAndTheApiAcceptsIt() {
        VismaAccessToken token = tokens.forCompany(fixture.key.companyId());

        assertThat(token.subject()).isEqualTo(fixture.key.subject());
        assertThat(token.companyName()).isEqualTo("Demo AB");
        assertThat(calls.api("/v2/companysettings", token.value()).statusCode()).isEqualTo(200);
        assertThat(token.toString()).doesNotContain(token.value());
    }

    @Test
    void aTokenStoreThatCannotBeReadIsTheTransientFailureTheServicePromises() {
        EmbeddedDataSource missing = new EmbeddedDataSource();
        missing.setDatabaseName("memory:no-such-database-" + System.nanoTime());
        TokenSetStore unreachable = new TokenSetStore(missing, TokenCipher.plaintext(), fixture.harness.clock);
        VismaTokens broken = new RefreshingTokens("demo-client", fixture::node, () -> unreachable);

        for (ThrowingCallable call : List.<ThrowingCallable>of(broken::connections,
                () -> broken.forCompany(fixture.key.companyId()))) {
            assertThatThrownBy(call).isInstanceOfSatisfying(VismaTransientException.class,
                    failure -> assertThat(failure.messageId()).isEqualTo(LockedRefresh.FAILED));
        }
    }

    @Test
    void theConnectionsListShowsEachUserAndCompanyWithItsStatusAndNoToken() {
        assertThat(tokens.connections()).singleElement().satisfies(connection -> {
            assertThat(connection.companyId()).isEqualTo(fixture.key.companyId());
            assertThat(connection.companyName()).isEqualTo("Demo AB");
            assertThat(connection.status()).isEqualTo(VismaConnection.Status.ACTIVE);
            assertThat(connection.toString()).doesNotContain(fixture.harness.saved.get(0).tokens().refreshToken());
        });
    }

    @Test
    void aRowThatDoesNotOpenIsStillListedWithItsStatusAndLoggedWithoutItsTokenAndTheOthersToo() throws Exception {
        EncryptionKey configured = EncryptionKey.of(new byte[32]);
        byte[] other = new byte[32];
        other[0] = 1;
        TokenSetStore keyed = new TokenSetStore(fixture.dataSource, TokenCipher.with(configured), fixture.harness.clock);
        new TokenSetStore(fixture.dataSource, TokenCipher.with(EncryptionKey.of(other)), fixture.harness.clock)
                .save(new TokenSetKey("demo-client", "u2", "c2"), "Sealed Elsewhere AB", "foreign-access",
                        "foreign-refresh", Instant.EPOCH, "openid");
        keyed.save(new TokenSetKey("demo-client", "u3", "c3"), "Good AB", "good-access", "good-refresh", Instant.EPOCH, "openid");
        keyed.save(new TokenSetKey("demo-client", "u4", "c4"), "Corrupted AB", "c-access", "c-refresh", Instant.EPOCH, "openid");
        try (Connection connection = fixture.dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE VISMA_TOKEN_SET SET ACCESS_TOKEN = 'not-a-sealed-token', "
                    + "STATUS = 'REAUTHENTICATION_REQUIRED' WHERE SUBJECT = 'u4'");
        }
        VismaTokens listing = new RefreshingTokens("demo-client", fixture::node, () -> keyed);
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger("io.github.vismaidentity");
        log.addHandler(capture);
        List<VismaConnection> connections;
        try {
            connections = listing.connections();
        } finally {
            log.removeHandler(capture);
        }

        assertThat(connections).extracting(VismaConnection::companyName, VismaConnection::status).containsExactly(
                tuple("Corrupted AB", VismaConnection.Status.REAUTHENTICATION_REQUIRED),
                tuple("Demo AB", VismaConnection.Status.ACTIVE),
                tuple("Good AB", VismaConnection.Status.ACTIVE),
                tuple("Sealed Elsewhere AB", VismaConnection.Status.ACTIVE));
        String plaintextToken = fixture.harness.saved.get(0).tokens().refreshToken();
        assertThat(logged).as("the sign-in's plaintext row, the other key's and the corrupted one")
                .filteredOn(line -> line.startsWith("VISMAID3021")).hasSize(3)
                .allSatisfy(line -> assertThat(line).doesNotContain("foreign-", "good-", "c-access", "not-a-sealed",
                        plaintextToken));
    }

    @Test
    void disconnectRevokesTheRefreshTokenAtVismaAndDeletesTheSet() {
        TokenSet stored = fixture.store().find(fixture.key).orElseThrow();

        assertThat(tokens.disconnect(fixture.key.subject(), fixture.key.companyId())).isTrue();

        assertThat(emulator.control().requests(Endpoint.REVOCATION)).isEqualTo(1);
        assertThat(calls.refresh(stored.refreshToken()).statusCode()).as("the revoked refresh token").isEqualTo(400);
        assertThat(tokens.connections()).isEmpty();
        assertThatThrownBy(() -> tokens.forUser(fixture.key.subject(), fixture.key.companyId()))
                .isInstanceOf(VismaReauthenticationRequiredException.class);
        assertThat(tokens.disconnect(fixture.key.subject(), fixture.key.companyId())).as("twice").isFalse();
    }
}

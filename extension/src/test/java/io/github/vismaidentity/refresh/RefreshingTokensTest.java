package io.github.vismaidentity.refresh;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaConnection;
import io.github.vismaidentity.VismaReauthenticationRequiredException;
import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.VismaTransientException;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.store.TokenCipher;
import io.github.vismaidentity.store.TokenSet;
import io.github.vismaidentity.store.TokenSetStore;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

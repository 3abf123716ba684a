package io.github.vismaidentity.refresh;

import io.github.vismaidentity.VismaConfigurationException;
import io.github.vismaidentity.VismaReauthenticationRequiredException;
import io.github.vismaidentity.VismaTransientException;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.control.Fault;
import io.github.vismaidentity.emulator.control.IdTokenDefect;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.config.EncryptionKey;
import io.github.vismaidentity.store.TokenCipher;
import io.github.vismaidentity.store.TokenSet;
import io.github.vismaidentity.store.TokenSetKey;
import io.github.vismaidentity.store.TokenSetStatus;
import io.github.vismaidentity.store.TokenStoreException;
import io.github.vismaidentity.support.TestSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SECURITY.md items 16, 24 and 25, and the fast path, against the emulator and a real Derby database. */
class TokenRefresherTest extends EmulatorTestBase {

    private RefreshFixture fixture;

    @BeforeEach
    void signIn() {
        fixture = new RefreshFixture(emulator, browser);
    }

    @Test
    void aCachedValidTokenCostsNoDatabaseAndNoNetwork() {
        TokenRefresher node = fixture.node();
        TokenSet first = node.validTokenSet(fixture.key);
        int connections = fixture.dataSource.connections();

        TokenSet again = node.validTokenSet(fixture.key);

        assertThat(again).isSameAs(first);
        assertThat(fixture.dataSource.connections()).isEqualTo(connections);
        assertThat(emulator.control().count(Counter.REFRESH_TOKEN_GRANTS)).isZero();
    }

    @Test
    void anExpiredTokenIsRefreshedAndBothNewTokensAreCommittedWithTheNextVersion() {
        TokenSet before = fixture.store().find(fixture.key).orElseThrow();
        fixture.expire();

        TokenSet fresh = fixture.node().validTokenSet(fixture.key);

        assertThat(fresh.accessToken()).isNotEqualTo(before.accessToken());
        assertThat(fresh.refreshToken()).isNotEqualTo(before.refreshToken());
        assertThat(fixture.store().find(fixture.key).orElseThrow()).isEqualTo(fresh);
        assertThat(fresh.version()).isEqualTo(before.version() + 1);
        assertThat(emulator.control().count(Counter.REFRESH_TOKEN_GRANTS)).isEqualTo(1);
    }

    @Test
    void invalidGrantMarksTheSetForReauthenticationAndTheTokenIsNeverSentAgain() {
        emulator.control().revokeAllTokensOf("demo");
        fixture.expire();
        TokenRefresher node = fixture.node();

        assertReauthentication(node, LockedRefresh.REAUTHENTICATE);
        long calls = emulator.control().requests(Endpoint.TOKEN);
        assertReauthentication(fixture.node(), LockedRefresh.REAUTHENTICATE);
        assertReauthentication(node, LockedRefresh.REAUTHENTICATE);

        assertThat(emulator.control().requests(Endpoint.TOKEN)).as("token calls after the refusal").isEqualTo(calls);
        assertThat(fixture.store().find(fixture.key).orElseThrow().status())
                .isEqualTo(TokenSetStatus.REAUTHENTICATION_REQUIRED);
    }

    @Test
    void aLostAnswerIsRetriedOnceWithTheSameTokenAndInvalidGrantThenEndsIt() {
        fixture.expire();
        emulator.control().injectFault(Endpoint.TOKEN, Fault.dropResponse(), 1);
        long before = emulator.control().requests(Endpoint.TOKEN);

        assertReauthentication(fixture.node(), LockedRefresh.REAUTHENTICATE);

        assertThat(emulator.control().requests(Endpoint.TOKEN) - before).as("the first try and one retry").isEqualTo(2);
        assertThat(emulator.control().count(Counter.REFRESH_TOKEN_REUSES)).isEqualTo(1);
    }

    @Test
    void aServerErrorIsTransientAndLeavesTheStoredSetAsItWas() {
        TokenSet before = fixture.store().find(fixture.key).orElseThrow();
        fixture.expire();
        emulator.control().injectFault(Endpoint.TOKEN, Fault.serverError(), 2);
        TokenRefresher node = fixture.node();

        assertThatThrownBy(() -> node.validTokenSet(fixture.key)).isInstanceOfSatisfying(VismaTransientException.class,
                failure -> assertThat(failure.messageId()).isEqualTo(LockedRefresh.FAILED));
        assertThat(fixture.store().find(fixture.key).orElseThrow()).isEqualTo(before);

        assertThat(node.validTokenSet(fixture.key).version()).as("once Visma is back").isEqualTo(before.version() + 1);
    }

    @ParameterizedTest
    @EnumSource(value = IdTokenDefect.class, names = {"WRONG_SUBJECT", "WRONG_ISSUER", "WRONG_AUDIENCE",
            "EXTRA_AUDIENCE", "WRONG_AUTHORIZED_PARTY", "TAMPERED_SIGNATURE"})
    void aRefreshWhoseIdTokenIsForeignOrBadIsRefused(IdTokenDefect defect) {
        fixture.expire();
        emulator.control().useIdTokenDefect(defect);

        assertReauthentication(fixture.node(), LockedRefresh.FOREIGN_ID_TOKEN);
    }

    @Test
    void signingKeysOutOfReachDuringARefreshDoNotCostTheRotatedTokens() {
        TokenSet before = fixture.store().find(fixture.key).orElseThrow();
        fixture.expire();
        emulator.control().rotateSigningKey();
        emulator.control().injectFault(Endpoint.JWKS, Fault.serverError(), 100);

        TokenSet fresh = fixture.node().validTokenSet(fixture.key);

        assertThat(fresh.version()).isEqualTo(before.version() + 1);
        assertThat(fixture.store().find(fixture.key).orElseThrow()).isEqualTo(fresh);
        assertThat(fresh.status()).isEqualTo(TokenSetStatus.ACTIVE);
    }

    @ParameterizedTest
    @EnumSource(value = IdTokenDefect.class, names = {"WRONG_SUBJECT", "WRONG_ISSUER", "WRONG_AUDIENCE",
            "EXTRA_AUDIENCE", "WRONG_AUTHORIZED_PARTY", "ALG_NONE"})
    void withSigningKeysOutOfReachARefreshWhoseIdTokenClaimsAreWrongIsStillRefused(IdTokenDefect defect) {
        fixture.expire();
        emulator.control().rotateSigningKey();
        emulator.control().injectFault(Endpoint.JWKS, Fault.serverError(), 100);
        emulator.control().useIdTokenDefect(defect);

        assertReauthentication(fixture.node(), LockedRefresh.FOREIGN_ID_TOKEN);
    }

    @Test
    void twoSigningKeysRotatedAtVismaWithinTheJwksCoolDownDoNotCostTheTokens() {
        TokenRefresher node = fixture.node();
        TokenSet before = fixture.store().find(fixture.key).orElseThrow();
        emulator.control().rotateSigningKey();
        fixture.expire();
        node.validTokenSet(fixture.key);
        emulator.control().rotateSigningKey();
        fixture.expire();

        TokenSet fresh = node.validTokenSet(fixture.key);

        assertThat(fresh.version()).isEqualTo(before.version() + 2);
        assertThat(fresh.status()).isEqualTo(TokenSetStatus.ACTIVE);
    }

    @Test
    void aClientSecretVismaRefusesIsAConfigurationErrorThatSpendsAndMarksNothing() {
        TokenSet before = fixture.store().find(fixture.key).orElseThrow();
        fixture.expire();
        TokenRefresher misconfigured = fixture.node(transactions -> transactions,
                TestSettings.forEmulator(emulator).client("demo-client", "not-the-secret").build(), TokenCipher.plaintext());

        assertThatThrownBy(() -> misconfigured.validTokenSet(fixture.key))
                .isInstanceOfSatisfying(VismaConfigurationException.class, failure -> {
                    assertThat(failure.messageId()).isEqualTo(LockedRefresh.MISCONFIGURED);
                    assertThat(failure.getMessage()).contains("invalid_client").contains("client-secret")
                            .doesNotContain("not-the-secret");
                });

        assertThat(fixture.store().find(fixture.key).orElseThrow()).isEqualTo(before);
        assertThat(fixture.node().validTokenSet(fixture.key).version()).as("with the right secret")
                .isEqualTo(before.version() + 1);
    }

    @Test
    void aStoredTokenThatDoesNotOpenWithTheConfiguredKeyIsAConfigurationError() {
        TokenSet before = fixture.store().find(fixture.key).orElseThrow();
        fixture.expire();
        TokenRefresher withAKey = fixture.node(transactions -> transactions, fixture.harness.settings,
                TokenCipher.with(EncryptionKey.of(new byte[32])));

        assertThatThrownBy(() -> withAKey.validTokenSet(fixture.key))
                .isInstanceOfSatisfying(VismaConfigurationException.class, failure -> assertThat(failure.getMessage())
                        .contains(TokenStoreException.DECRYPTION).contains("previous-encryption-keys"));

        assertThat(fixture.store().find(fixture.key).orElseThrow()).isEqualTo(before);
        assertThat(emulator.control().count(Counter.REFRESH_TOKEN_GRANTS)).isZero();
    }

    @Test
    void aCompanyTheUserNeverConnectedNeedsASignIn() {
        TokenSetKey elsewhere = new TokenSetKey(fixture.key.clientId(), fixture.key.subject(), "another-company");

        assertThatThrownBy(() -> fixture.node().validTokenSet(elsewhere))
                .isInstanceOfSatisfying(VismaReauthenticationRequiredException.class, failure -> {
                    assertThat(failure.messageId()).isEqualTo(LockedRefresh.NOT_CONNECTED);
                    assertThat(failure.companyId()).isEqualTo("another-company");
                    assertThat(failure.signInPath()).isEqualTo("/visma/signin?login=true&pick-company=true");
                });
    }

    private void assertReauthentication(TokenRefresher node, String id) {
        assertThatThrownBy(() -> node.validTokenSet(fixture.key))
                .isInstanceOfSatisfying(VismaReauthenticationRequiredException.class, failure -> {
                    assertThat(failure.messageId()).isEqualTo(id);
                    assertThat(failure.subject()).isEqualTo(fixture.key.subject());
                    assertThat(failure.getMessage()).doesNotContain(fixture.harness.saved.get(0).tokens().refreshToken());
                });
    }
}

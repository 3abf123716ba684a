package io.github.vismaidentity.refresh;

import io.github.vismaidentity.emulator.EmulatorBuilder;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.control.Fault;
import io.github.vismaidentity.emulator.control.IdTokenDefect;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.store.TokenSet;
import io.github.vismaidentity.store.TokenSetStatus;
import io.github.vismaidentity.support.CapturedLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 14 item 3: by the time a refresh's ID token is checked, Visma has rotated the refresh token, so only
 * a token from another issuer, for another client or about another user justifies refusing the answer
 * (OpenID Connect Core 1.0 §12.2). An ID token wrong only on time, because Visma's clock and the server's
 * differ, keeps the rotated tokens and says so in the log.
 */
class RefreshClockSkewTest extends EmulatorTestBase {

    private static final Duration BEYOND_THE_SKEW = Duration.ofMinutes(6);

    private RefreshFixture fixture;
    private CapturedLog log;

    /** A short-lived ID token, so that Visma's clock 6 minutes behind puts its expiry beyond the 5-minute skew. */
    @Override
    protected EmulatorBuilder configure(EmulatorBuilder builder) {
        return builder.idTokenLifetime(Duration.ofSeconds(30));
    }

    @BeforeEach
    void signIn() {
        fixture = new RefreshFixture(emulator, browser);
        log = CapturedLog.of(RefreshIdTokenCheck.class);
    }

    @AfterEach
    void release() {
        log.close();
    }

    @Test
    void aRefreshWhoseIdTokenIsIssuedSixMinutesAheadOfTheServerKeepsTheRotatedTokens() {
        fixture.expire();
        emulator.control().advanceClock(BEYOND_THE_SKEW);

        assertRotatedTokensKeptWithAWarning("ahead of this server's clock");
    }

    @Test
    void aRefreshWhoseIdTokenIsIssuedSixMinutesBehindTheServerKeepsTheRotatedTokens() {
        fixture.expire();
        fixture.harness.clock.advance(BEYOND_THE_SKEW);

        assertRotatedTokensKeptWithAWarning("expired");
    }

    @Test
    void anExpiredIdTokenWithTheSigningKeysOutOfReachKeepsTheRotatedTokens() {
        fixture.expire();
        emulator.control().rotateSigningKey();
        emulator.control().injectFault(Endpoint.JWKS, Fault.serverError(), 100);
        emulator.control().useIdTokenDefect(IdTokenDefect.EXPIRED);

        assertRotatedTokensKeptWithAWarning("expired");
    }

    @ParameterizedTest
    @EnumSource(value = IdTokenDefect.class, names = {"WRONG_ISSUER", "WRONG_AUDIENCE", "WRONG_SUBJECT"})
    void aForeignIdTokenIsStillRefusedWhenTheClocksAreApart(IdTokenDefect defect) {
        fixture.expire();
        emulator.control().advanceClock(BEYOND_THE_SKEW);
        emulator.control().useIdTokenDefect(defect);

        assertThatThrownBy(() -> fixture.node().validTokenSet(fixture.key))
                .hasMessageStartingWith(LockedRefresh.FOREIGN_ID_TOKEN);
        assertThat(fixture.store().find(fixture.key).orElseThrow().status())
                .isEqualTo(TokenSetStatus.REAUTHENTICATION_REQUIRED);
    }

    private void assertRotatedTokensKeptWithAWarning(String what) {
        TokenSet before = fixture.store().find(fixture.key).orElseThrow();

        TokenSet fresh = fixture.node().validTokenSet(fixture.key);

        assertThat(fresh.refreshToken()).isNotEqualTo(before.refreshToken());
        TokenSet stored = fixture.store().find(fixture.key).orElseThrow();
        assertThat(stored).isEqualTo(fresh);
        assertThat(stored.status()).isEqualTo(TokenSetStatus.ACTIVE);
        assertThat(calls.api("/v2/companysettings", fresh.accessToken()).statusCode()).as("the new access token")
                .isEqualTo(200);
        assertThat(log.warnings()).filteredOn(warning -> warning.startsWith(RefreshIdTokenCheck.TIME_OFF))
                .singleElement().satisfies(warning -> assertThat(warning).contains(what).contains("kept")
                        .contains("visma.identity.clock-skew")
                        .doesNotContain(fresh.accessToken()).doesNotContain(fresh.refreshToken()));
    }
}

package io.github.vismaidentity.protocol;

import io.github.vismaidentity.emulator.control.IdTokenDefect;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.support.MutableClock;
import io.github.vismaidentity.support.SignInHarness;
import io.github.vismaidentity.support.TestSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 14 item 3, at sign-in: Visma's clock up to 5 minutes off this server's costs nothing with the default
 * clock skew; further off, the page names the clock and the setting. The server's clock ticks, as the
 * emulator's does, so the two stay exactly as far apart as the test sets them.
 */
class ProviderClockSkewTest extends EmulatorTestBase {

    private SignInHarness harness;

    @BeforeEach
    void wire() {
        harness = new SignInHarness(emulator, browser, TestSettings.forEmulator(emulator).build(), null,
                MutableClock.ticking());
    }

    @Test
    void aSignInWorksWithTheDefaultsWhenVismasClockIsFiveMinutesAhead() {
        emulator.control().advanceClock(Duration.ofMinutes(5));

        harness.signIn("demo", "Demo AB", SignInOptions.standard());

        assertThat(harness.saved).hasSize(1);
    }

    @Test
    void aSignInWorksWithTheDefaultsWhenVismasClockIsFiveMinutesBehind() {
        harness.clock.advance(Duration.ofMinutes(5));

        harness.signIn("demo", "Demo AB", SignInOptions.standard());

        assertThat(harness.saved).hasSize(1);
    }

    @Test
    void anIdTokenIssuedSixMinutesAheadIsRefusedWithAMessageNamingTheClocksAndTheSetting() {
        emulator.control().advanceClock(Duration.ofMinutes(6));

        assertClockRefusal("ahead of this server's clock");
    }

    @Test
    void anIdTokenExpiredBeyondTheSkewIsRefusedWithAMessageNamingTheClocksAndTheSetting() {
        emulator.control().useIdTokenDefect(IdTokenDefect.EXPIRED);

        assertClockRefusal("expired");
    }

    private void assertClockRefusal(String what) {
        AuthorizationRedirect.Start start = harness.start(SignInOptions.standard());
        URI callback = harness.callback(start, "demo", "Demo AB");

        assertThatThrownBy(() -> harness.completion.complete(callback, Optional.of(start.pending())))
                .isInstanceOfSatisfying(SignInFailure.class, failure -> {
                    assertThat(failure.id()).isEqualTo(IdTokenVerifier.CLOCK_OFF);
                    assertThat(failure.status()).isEqualTo(400);
                    assertThat(failure.getMessage()).contains(what).contains("visma.identity.clock-skew")
                            .contains("PT5M");
                    assertThat(failure.advice()).contains("operator");
                });
        assertThat(harness.saved).isEmpty();
    }
}

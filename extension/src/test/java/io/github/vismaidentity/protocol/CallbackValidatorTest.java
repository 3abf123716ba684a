package io.github.vismaidentity.protocol;

import io.github.vismaidentity.VismaCallerPrincipal;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.support.SignInHarness;
import io.github.vismaidentity.support.TestSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The callback rules of SECURITY.md items 1 to 4, against the emulator over HTTP. */
class CallbackValidatorTest extends EmulatorTestBase {

    private SignInHarness harness;

    @BeforeEach
    void wire() {
        harness = new SignInHarness(emulator, browser, TestSettings.forEmulator(emulator).build());
    }

    @Test
    void aGoodCallbackSignsInTheUserIntoThePickedCompanyWithBothTokens() {
        VismaCallerPrincipal caller = harness.signIn("demo", "Demo Norge AS", new SignInOptions(false, true));

        assertThat(caller.getCompanyName()).isEqualTo("Demo Norge AS");
        assertThat(caller.getName()).isEqualTo(caller.getSubject());
        assertThat(harness.saved).singleElement().satisfies(signedIn -> {
            assertThat(signedIn.tokens().accessToken()).isNotBlank();
            assertThat(signedIn.tokens().refreshToken()).isNotBlank();
            assertThat(signedIn.tokens().accessExpiresAt())
                    .isCloseTo(harness.clock.instant().plus(Duration.ofHours(1)), within(Duration.ofSeconds(5)));
            assertThat(signedIn.tokens().scope().toStringList()).contains("offline_access", "ea:api", "ea:sales");
            assertThat(signedIn.company().id()).isEqualTo(caller.getCompanyId());
        });
    }

    @Test
    void signingInAgainIntoAnotherCompanyGivesASecondTokenSetForTheSameUser() {
        VismaCallerPrincipal first = harness.signIn("demo", "Demo AB", new SignInOptions(false, true));
        VismaCallerPrincipal second = harness.signIn("demo", "Demo Norge AS", new SignInOptions(true, true));

        assertThat(second.getSubject()).isEqualTo(first.getSubject());
        assertThat(second.getCompanyId()).isNotEqualTo(first.getCompanyId());
        assertThat(harness.saved).hasSize(2);
    }

    @Test
    void aCallbackWithAnotherStateIsRefusedWithoutATokenCall() {
        AuthorizationRedirect.Start start = harness.start(SignInOptions.standard());
        URI callback = harness.callback(start, "demo", "Demo AB");
        AuthorizationRedirect.Start other = harness.start(SignInOptions.standard());

        assertRefused(callback, Optional.of(other.pending()), CallbackValidator.UNKNOWN_STATE, 400);
    }

    @Test
    void aCallbackFromABrowserThatStartedNoSignInIsRefused() {
        URI callback = harness.callback(harness.start(SignInOptions.standard()), "demo", "Demo AB");

        assertRefused(callback, Optional.empty(), CallbackValidator.UNKNOWN_STATE, 400);
    }

    @Test
    void aCallbackWithoutStateIsRefused() {
        AuthorizationRedirect.Start start = harness.start(SignInOptions.standard());
        URI callback = harness.callback(start, "demo", "Demo AB");
        URI withoutState = URI.create(callback.toString().replaceAll("([?&])state=[^&]*", "$1x=y"));

        assertRefused(withoutState, Optional.of(start.pending()), CallbackValidator.UNKNOWN_STATE, 400);
    }

    @Test
    void aCallbackWithNeitherCodeNorErrorIsRefused() {
        AuthorizationRedirect.Start start = harness.start(SignInOptions.standard());
        URI empty = URI.create(Seed.REDIRECT_URI + "?state=" + start.pending().state()
                + "&iss=" + Browserless.encode(emulator.issuer()));

        assertRefused(empty, Optional.of(start.pending()), CallbackValidator.MALFORMED, 400);
    }

    @Test
    void aCallbackAfterTheSignInExpiredIsRefused() {
        AuthorizationRedirect.Start start = harness.start(SignInOptions.standard());
        URI callback = harness.callback(start, "demo", "Demo AB");
        harness.clock.advance(AuthorizationRedirect.LIFETIME.plusSeconds(1));

        assertRefused(callback, Optional.of(start.pending()), CallbackValidator.EXPIRED, 400);
    }

    @Test
    void anErrorCallbackIsShownAsDeniedAfterItsStateIsChecked() {
        AuthorizationRedirect.Start start = harness.start(SignInOptions.standard());
        URI error = URI.create(Seed.REDIRECT_URI + "?error=access_denied&error_description=User+cancelled&state="
                + start.pending().state() + "&iss=" + Browserless.encode(emulator.issuer()));

        SignInFailure failure = assertRefused(error, Optional.of(start.pending()), CallbackValidator.ERROR_CALLBACK, 403);
        assertThat(failure.getMessage()).contains("access_denied", "User cancelled");
        assertRefused(URI.create(error.toString().replace("state=", "state=x")), Optional.of(start.pending()),
                CallbackValidator.UNKNOWN_STATE, 400);
    }

    @Test
    void anIssParameterNamingAnotherIssuerIsRefused() {
        AuthorizationRedirect.Start start = harness.start(SignInOptions.standard());
        URI callback = harness.callback(start, "demo", "Demo AB");
        URI forged = URI.create(callback.toString().replaceAll("iss=[^&]*", "iss=" + Browserless.encode("https://evil.example")));

        assertRefused(forged, Optional.of(start.pending()), CallbackValidator.WRONG_ISSUER, 400);
    }

    @Test
    void aMissingIssParameterIsRefusedWhenDiscoveryPromisesIt() {
        AuthorizationRedirect.Start start = harness.start(SignInOptions.standard());
        URI callback = harness.callback(start, "demo", "Demo AB");
        URI withoutIss = URI.create(callback.toString().replaceAll("[?&]iss=[^&]*", ""));
        assertThat(withoutIss.getQuery()).contains("code=").doesNotContain("iss=");

        assertRefused(withoutIss, Optional.of(start.pending()), CallbackValidator.MISSING_ISSUER, 400);
    }

    @Test
    void aCallbackThatComesAgainIsRefusedWithoutASecondTokenCall() {
        AuthorizationRedirect.Start start = harness.start(SignInOptions.standard());
        URI callback = harness.callback(start, "demo", "Demo AB");
        harness.completion.complete(callback, Optional.of(start.pending()));
        long tokenCalls = emulator.control().requests(Endpoint.TOKEN);

        SignInFailure failure = assertThrowsFailure(callback, Optional.of(start.pending()));
        assertThat(failure.id()).isEqualTo(CallbackValidator.REPLAYED);
        assertThat(emulator.control().requests(Endpoint.TOKEN)).isEqualTo(tokenCalls);
        assertThat(harness.saved).hasSize(1);
    }

    @Test
    void aDiscoveryDocumentNamingAnotherIssuerIsRefused() {
        SignInHarness mismatched = new SignInHarness(emulator, browser,
                TestSettings.forEmulator(emulator).issuer(emulator.issuer() + "/").build());

        assertThatThrownBy(mismatched.discovery::endpoints).isInstanceOfSatisfying(SignInFailure.class,
                failure -> assertThat(failure.id()).isEqualTo(Discovery.ISSUER_MISMATCH));
    }

    @Test
    void theCompanyIsFoundThroughTheUsersEndpointWhenTheTokenCannotReadCompanySettings() {
        SignInHarness apiOnly = new SignInHarness(emulator, browser,
                TestSettings.forEmulator(emulator).scope("openid offline_access ea:api").build());

        VismaCallerPrincipal caller = apiOnly.signIn("solo", "Solo Konsult AB", SignInOptions.standard());

        assertThat(caller.getCompanyId()).isEqualTo("user:" + caller.getSubject());
        assertThat(emulator.control().requests(Endpoint.API_USERS)).isEqualTo(1);
    }

    private SignInFailure assertRefused(URI callback, Optional<PendingSignIn> pending, String id, int status) {
        long tokenCalls = emulator.control().requests(Endpoint.TOKEN);
        SignInFailure failure = assertThrowsFailure(callback, pending);
        assertThat(failure.id()).isEqualTo(id);
        assertThat(failure.status()).isEqualTo(status);
        assertThat(emulator.control().requests(Endpoint.TOKEN)).as("token calls").isEqualTo(tokenCalls);
        assertThat(harness.saved).isEmpty();
        return failure;
    }

    private SignInFailure assertThrowsFailure(URI callback, Optional<PendingSignIn> pending) {
        Instant before = harness.clock.instant();
        try {
            harness.completion.complete(callback, pending);
        } catch (SignInFailure failure) {
            return failure;
        }
        throw new AssertionError("The callback was accepted at " + before);
    }
}

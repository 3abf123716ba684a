package io.github.vismaidentity.protocol;

import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.control.IdTokenDefect;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.support.SignInHarness;
import io.github.vismaidentity.support.TestSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * SECURITY.md items 13 to 15, with the emulator's hostile ID tokens: every bad token is refused and
 * nothing is stored; the two shapes a correct client must accept are accepted.
 */
class HostileIdTokenTest extends EmulatorTestBase {

    private SignInHarness harness;

    @BeforeEach
    void wire() {
        harness = new SignInHarness(emulator, browser, TestSettings.forEmulator(emulator).build());
    }

    // WRONG_SUBJECT is a refresh defect (another user's sub than the first sign-in's): issue 4's refresh tests.
    // EXPIRED is a clock problem, with a message ID of its own: ProviderClockSkewTest.
    @ParameterizedTest
    @EnumSource(value = IdTokenDefect.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"NO_KID", "AUDIENCE_AS_ARRAY", "EXTRA_AUDIENCE_AUTHORIZED", "WRONG_SUBJECT", "EXPIRED"})
    void aDefectiveIdTokenIsRefusedAndNothingIsStored(IdTokenDefect defect) {
        SignInFailure failure = refusal(defect);

        assertThat(failure.id()).isEqualTo(IdTokenVerifier.REFUSED);
        assertThat(failure.status()).isEqualTo(400);
        assertThat(harness.saved).isEmpty();
        assertThat(emulator.control().requests(Endpoint.API_COMPANY_SETTINGS)).as("API calls with an untrusted token").isZero();
    }

    /** OpenID Connect Core 1.0 §3.1.3.7 (4, 5): the ID token was issued to another client, or it does not say to whom. */
    @ParameterizedTest
    @EnumSource(value = IdTokenDefect.class, names = {"EXTRA_AUDIENCE", "WRONG_AUTHORIZED_PARTY"})
    void anIdTokenWithAnotherAudienceButNoAzpOrWithAzpNamingAnotherClientIsRefusedNamingTheCheck(IdTokenDefect defect) {
        SignInFailure failure = refusal(defect);

        assertThat(failure.id()).isEqualTo(IdTokenVerifier.REFUSED);
        assertThat(failure.getMessage()).contains("azp").doesNotContain("another-client");
        assertThat(harness.saved).isEmpty();
    }

    /** A sign-in whose ID token carries the defect, to the refusal of its callback. */
    private SignInFailure refusal(IdTokenDefect defect) {
        emulator.control().useIdTokenDefect(defect);
        AuthorizationRedirect.Start start = harness.start(SignInOptions.standard());
        URI callback = harness.callback(start, "demo", "Demo AB");
        SignInFailure failure = catchThrowableOfType(SignInFailure.class,
                () -> harness.completion.complete(callback, Optional.of(start.pending())));
        assertThat(failure).as("the sign-in's refusal").isNotNull();
        return failure;
    }

    @ParameterizedTest
    @EnumSource(value = IdTokenDefect.class, names = {"NO_KID", "AUDIENCE_AS_ARRAY", "EXTRA_AUDIENCE_AUTHORIZED"})
    void anIdTokenWithoutKidOrWithAOneElementAudienceArrayOrWithAnotherAudienceAndAzpTheClientIsAccepted(
            IdTokenDefect shape) {
        emulator.control().useIdTokenDefect(shape);

        harness.signIn("demo", "Demo AB", SignInOptions.standard());

        assertThat(harness.saved).hasSize(1);
    }

    @Test
    void aRotatedSigningKeyIsFetchedOnceAndTheSignInWorks() {
        harness.signIn("demo", "Demo AB", SignInOptions.standard());
        long fetches = emulator.control().requests(Endpoint.JWKS);
        emulator.control().rotateSigningKey();

        harness.signIn("demo", "Demo AB", SignInOptions.standard());

        assertThat(harness.saved).hasSize(2);
        assertThat(emulator.control().requests(Endpoint.JWKS)).isEqualTo(fetches + 1);
    }

    @Test
    void aFloodOfUnknownKeyIdsFetchesTheJwksAtMostOncePerCoolDown() {
        harness.signIn("demo", "Demo AB", SignInOptions.standard());
        long fetches = emulator.control().requests(Endpoint.JWKS);
        emulator.control().useIdTokenDefect(IdTokenDefect.UNKNOWN_KID);

        for (int i = 0; i < 5; i++) {
            AuthorizationRedirect.Start start = harness.start(SignInOptions.standard());
            URI callback = harness.callback(start, "demo", "Demo AB");
            assertThatThrownBy(() -> harness.completion.complete(callback, Optional.of(start.pending())))
                    .isInstanceOf(SignInFailure.class);
        }

        assertThat(emulator.control().requests(Endpoint.JWKS) - fetches).isLessThanOrEqualTo(1);
        assertThat(harness.saved).hasSize(1);
    }
}

package io.github.vismaidentity.protocol;

import io.github.vismaidentity.VismaIdentityDefinition.ClientAuthentication;
import io.github.vismaidentity.emulator.EmulatorBuilder;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.control.Fault;
import io.github.vismaidentity.emulator.directory.Client;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.support.SignInHarness;
import io.github.vismaidentity.support.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SECURITY.md items 8, 9 and 12: the token request's encoding and Visma failing mid-sign-in. */
class TokenEndpointFailureTest extends EmulatorTestBase {

    static final String AWKWARD_SECRET = "a:b+c% d/é&=ü";

    @Override
    protected EmulatorBuilder configure(EmulatorBuilder builder) {
        return builder.clients(Seed.client(), new Client("awkward client:+%", AWKWARD_SECRET,
                List.of(Seed.REDIRECT_URI), List.of()));
    }

    @ParameterizedTest
    @EnumSource(ClientAuthentication.class)
    void aClientIdAndSecretWithReservedAndNonAsciiCharactersAuthenticate(ClientAuthentication method) {
        SignInHarness harness = new SignInHarness(emulator, browser, TestSettings.forEmulator(emulator)
                .client("awkward client:+%", AWKWARD_SECRET).clientAuthentication(method).build());

        harness.signIn("demo", "Demo AB", SignInOptions.standard());

        assertThat(harness.saved).hasSize(1);
    }

    @Test
    void aServerErrorIsATransientFailureAndNothingIsStored() {
        assertTransient(Fault.serverError(), TokenResponses.UNUSABLE, Duration.ofSeconds(5));
    }

    @Test
    void aTruncatedAnswerIsATransientFailureAndNothingIsStored() {
        assertTransient(Fault.truncateResponse(), TokenResponses.UNUSABLE, Duration.ofSeconds(5));
    }

    @Test
    void aDroppedConnectionIsATransientFailureAndNothingIsStored() {
        assertTransient(Fault.dropResponse(), TokenEndpointClient.UNREACHABLE, Duration.ofSeconds(5));
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutIsATransientFailureAndNothingIsStored() {
        assertTransient(Fault.delay(Duration.ofSeconds(3)), TokenEndpointClient.UNREACHABLE, Duration.ofMillis(500));
    }

    private void assertTransient(Fault fault, String id, Duration readTimeout) {
        SignInHarness harness = new SignInHarness(emulator, browser,
                TestSettings.forEmulator(emulator).readTimeout(readTimeout).build());
        AuthorizationRedirect.Start start = harness.start(SignInOptions.standard());
        URI callback = harness.callback(start, "demo", "Demo AB");
        emulator.control().injectFault(Endpoint.TOKEN, fault, 1);

        assertThatThrownBy(() -> harness.completion.complete(callback, Optional.of(start.pending())))
                .isInstanceOfSatisfying(SignInFailure.class, failure -> {
                    assertThat(failure.id()).isEqualTo(id);
                    assertThat(failure.isTransient()).isTrue();
                    assertThat(failure.status()).isBetween(502, 504);
                });
        assertThat(harness.saved).isEmpty();
    }
}

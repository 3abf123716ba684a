package io.github.vismaidentity.protocol;

import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.control.Fault;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.support.SignInHarness;
import io.github.vismaidentity.support.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 14 item 2 at sign-in: every answer from Visma is bounded in time, headers and body together, by
 * the read timeout, and in size by {@link VismaHttp#MAX_BODY_BYTES}. Either failure is a transient error
 * page (502 or 504) with its message ID, and nothing is stored. The time bound asserted is generous; what
 * it rules out is waiting for the emulator's stall.
 */
class ResponseBoundsTest extends EmulatorTestBase {

    /** Short, and still long enough for the emulator's first answers on a busy machine. */
    private static final Duration READ = Duration.ofSeconds(3);
    private static final Duration STALL = Duration.ofMinutes(3);
    private static final Duration GENEROUS = Duration.ofSeconds(30);
    private static final long OVERSIZED = 2L * VismaHttp.MAX_BODY_BYTES;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"TOKEN, VISMAID2010, 504", "API_COMPANY_SETTINGS, VISMAID2030, 502", "JWKS, VISMAID2021, 502"})
    void aCallbackWhoseAnswerStallsAfterItsHeadersIsATransientErrorWithinTheReadTimeout(Endpoint endpoint,
                                                                                         String id, int status) {
        assertCallbackFails(endpoint, Fault.stallBody(STALL), id, status);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"TOKEN, VISMAID2060", "API_COMPANY_SETTINGS, VISMAID2060", "JWKS, VISMAID2021"})
    void aCallbackWhoseAnswerIsOversizedIsATransientError(Endpoint endpoint, String id) {
        assertCallbackFails(endpoint, Fault.oversizedBody(OVERSIZED), id, 502);
    }

    @Test
    void aDiscoveryDocumentThatStallsAfterItsHeadersIsATransientErrorWithinTheReadTimeout() {
        emulator.control().injectFault(Endpoint.DISCOVERY, Fault.stallBody(STALL), 1);
        SignInHarness harness = harness();

        assertTimeoutPreemptively(GENEROUS, () -> assertThatThrownBy(harness.discovery::endpoints)
                .isInstanceOfSatisfying(SignInFailure.class, failure -> assertTransient(failure, Discovery.UNREACHABLE, 504)));
    }

    @Test
    void anOversizedDiscoveryDocumentIsATransientError() {
        emulator.control().injectFault(Endpoint.DISCOVERY, Fault.oversizedBody(OVERSIZED), 1);
        SignInHarness harness = harness();

        assertThatThrownBy(harness.discovery::endpoints)
                .isInstanceOfSatisfying(SignInFailure.class, failure -> assertTransient(failure, VismaHttp.TOO_LARGE, 502));
    }

    private void assertCallbackFails(Endpoint endpoint, Fault fault, String id, int status) {
        SignInHarness harness = harness();
        AuthorizationRedirect.Start start = harness.start(SignInOptions.standard());
        URI callback = harness.callback(start, "demo", "Demo AB");
        emulator.control().injectFault(endpoint, fault, 1);

        assertTimeoutPreemptively(GENEROUS, () -> assertThatThrownBy(
                () -> harness.completion.complete(callback, Optional.of(start.pending())))
                .isInstanceOfSatisfying(SignInFailure.class, failure -> assertTransient(failure, id, status)));
        assertThat(harness.saved).isEmpty();
    }

    private static void assertTransient(SignInFailure failure, String id, int status) {
        assertThat(failure.id()).isEqualTo(id);
        assertThat(failure.status()).isEqualTo(status);
        assertThat(failure.isTransient()).isTrue();
    }

    private SignInHarness harness() {
        return new SignInHarness(emulator, browser, TestSettings.forEmulator(emulator).readTimeout(READ).build());
    }
}

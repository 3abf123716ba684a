package io.github.vismaidentity.protocol;

import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.support.SignInHarness;
import io.github.vismaidentity.support.TestSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Values of the callback quoted in a refusal ({@code iss}, {@code error}, {@code error_description}) reach the
 * message, and so the log line, neutralised: no CR, LF or other control character, and bounded in length.
 */
class LogForgingTest extends EmulatorTestBase {

    private static final String FORGED = "%0D%0A2026-12-02%20INFO:%20VISMAID9999%20forged%20line%0D%0A";

    private SignInHarness harness;

    @BeforeEach
    void wire() {
        harness = new SignInHarness(emulator, browser, TestSettings.forEmulator(emulator).build());
    }

    @Test
    void aCrLfLadenIssCannotStartASecondLogLine() {
        AuthorizationRedirect.Start start = harness.start(SignInOptions.standard());
        URI callback = harness.callback(start, "demo", "Demo AB");
        URI forged = URI.create(callback.toString().replaceAll("iss=[^&]*", "iss=https%3A%2F%2Fevil" + FORGED));

        assertOneLogLine(refusal(forged, start), CallbackValidator.WRONG_ISSUER);
    }

    @Test
    void aCrLfLadenErrorDescriptionCannotStartASecondLogLine() {
        AuthorizationRedirect.Start start = harness.start(SignInOptions.standard());
        URI error = URI.create(Seed.REDIRECT_URI + "?error=access_denied&error_description=Cancelled" + FORGED
                + "x".repeat(3000) + "&state=" + start.pending().state()
                + "&iss=" + Browserless.encode(emulator.issuer()));

        SignInFailure failure = refusal(error, start);

        assertOneLogLine(failure, CallbackValidator.ERROR_CALLBACK);
        assertThat(failure.getMessage()).contains("Cancelled").hasSizeLessThan(600);
    }

    @Test
    void logSafeEscapesEveryControlCharacterAndBoundsTheLength() {
        assertThat(LogSafe.of("a\rb\nc\td\u0085e\u2028f\u001bg"))
                .isEqualTo("a\\u000db\\u000ac\\u0009d\\u0085e\\u2028f\\u001bg");
        assertThat(LogSafe.of("y".repeat(1000))).hasSize(LogSafe.MAX_LENGTH + "...(1000 characters)".length());
        assertThat(LogSafe.of(null)).isEqualTo("null");
    }

    private SignInFailure refusal(URI callback, AuthorizationRedirect.Start start) {
        Throwable thrown = catchThrowable(
                () -> harness.validator.complete(callback, Optional.of(start.pending())));
        assertThat(thrown).isInstanceOf(SignInFailure.class);
        return (SignInFailure) thrown;
    }

    /** The refusal as the mechanism logs it, through JUL's default one-line-per-record format. */
    private static void assertOneLogLine(SignInFailure failure, String id) {
        assertThat(failure.id()).isEqualTo(id);
        LogRecord record = new LogRecord(Level.INFO, "Sign-in refused: {0}");
        record.setParameters(new Object[] {failure.getMessage()});
        String line = new SimpleFormatter().formatMessage(record);
        assertThat(line).doesNotContain("\r", "\n", "\u0085", "\u2028").contains("VISMAID9999 forged line");
    }
}

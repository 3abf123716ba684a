package io.github.vismaidentity.protocol;

import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.control.Fault;
import io.github.vismaidentity.emulator.control.IdTokenDefect;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.support.SignInHarness;
import io.github.vismaidentity.support.TestSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SECURITY.md item 18: whatever happens during a sign-in, no log record at any level, no exception
 * message and no {@code toString()} holds a token, the code, the verifier or the client secret.
 */
class NoSecretsInMessagesTest extends EmulatorTestBase {

    private final List<String> texts = new CopyOnWriteArrayList<>(); // HTTP client threads log too
    private final Logger root = Logger.getLogger("");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            texts.add(record.getMessage() + " " + record.getParameters() + " " + record.getThrown());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previous;

    @BeforeEach
    void captureEverything() {
        previous = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(capture);
        capture.setLevel(Level.ALL);
        Logger.getLogger("io.github.vismaidentity").setLevel(Level.ALL);
    }

    @AfterEach
    void release() {
        root.removeHandler(capture);
        root.setLevel(previous);
    }

    @Test
    void noSecretAppearsInAnyMessageOfGoodAndFailedSignIns() {
        SignInHarness harness = new SignInHarness(emulator, browser, TestSettings.forEmulator(emulator).build());
        List<String> secrets = new ArrayList<>(List.of(harness.settings.clientSecret().getValue()));

        AuthorizationRedirect.Start start = harness.start(SignInOptions.standard());
        URI callback = harness.callback(start, "demo", "Demo AB");
        secrets.add(Browserless.query(callback).get("code"));
        secrets.add(start.pending().verifier().getValue());
        texts.add(start.pending().toString());
        texts.add(harness.completion.complete(callback, Optional.of(start.pending())).toString());
        harness.saved.forEach(signedIn -> {
            secrets.add(signedIn.tokens().accessToken());
            secrets.add(signedIn.tokens().refreshToken());
            secrets.add(signedIn.tokens().idToken().orElseThrow().serialize());
            texts.add(signedIn.toString());
        });
        texts.add(harness.settings.toString());

        failAndRecord(harness, callback, start, secrets);
        emulator.control().useIdTokenDefect(IdTokenDefect.TAMPERED_SIGNATURE);
        failAndRecord(harness, null, null, secrets);
        emulator.control().clearIdTokenDefect();
        emulator.control().injectFault(Endpoint.TOKEN, Fault.truncateResponse(), 1);
        failAndRecord(harness, null, null, secrets);

        assertThat(texts).hasSizeGreaterThan(5);
        for (String secret : secrets) {
            assertThat(texts).noneMatch(text -> text.contains(secret));
        }
    }

    private void failAndRecord(SignInHarness harness, URI callback, AuthorizationRedirect.Start start, List<String> secrets) {
        AuthorizationRedirect.Start used = start != null ? start : harness.start(SignInOptions.standard());
        URI target = callback != null ? callback : harness.callback(used, "demo", "Demo AB");
        secrets.add(Browserless.query(target).get("code"));
        secrets.add(used.pending().verifier().getValue());
        try {
            harness.completion.complete(target, Optional.of(used.pending()));
            throw new AssertionError("The sign-in was expected to fail");
        } catch (SignInFailure failure) {
            texts.add(failure.getMessage());
            texts.add(failure.toString());
        }
    }
}

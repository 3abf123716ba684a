package io.github.vismaidentity.emulator.support;

import io.github.vismaidentity.emulator.EmulatorBuilder;
import io.github.vismaidentity.emulator.VismaEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh emulator for every test on a free port, a browserless client with its own cookie jar,
 * and raw token and API calls through that client; stopped after the test.
 */
public abstract class EmulatorTestBase {

    protected VismaEmulator emulator;
    protected Browserless browser;
    protected TokenCalls calls;

    /** Override to change the settings every test of the class starts its emulator with. */
    protected EmulatorBuilder configure(EmulatorBuilder builder) {
        return builder;
    }

    @BeforeEach
    protected final void startEmulator() {
        emulator = configure(VismaEmulator.builder()).start();
        browser = new Browserless();
        calls = new TokenCalls(emulator, browser);
    }

    @AfterEach
    protected final void stopEmulator() {
        emulator.stop();
    }
}

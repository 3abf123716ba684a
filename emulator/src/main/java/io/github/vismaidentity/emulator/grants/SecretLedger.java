package io.github.vismaidentity.emulator.grants;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * When switched on, every secret value the emulator hands out: codes, access tokens, refresh tokens and ID
 * tokens. A client's test suite searches its own logs for these exact values to prove it never logs one.
 * Off by default, so a long load test does not keep every token it was ever given.
 */
public final class SecretLedger {

    private final ConcurrentLinkedQueue<String> values = new ConcurrentLinkedQueue<>();
    private volatile boolean recording;

    public void recording(boolean on) {
        recording = on;
    }

    void record(String value) {
        if (recording) {
            values.add(value);
        }
    }

    /** What was handed out while recording, oldest first. */
    public List<String> values() {
        return List.copyOf(values);
    }
}

package io.github.vismaidentity.metrics;

import io.github.vismaidentity.observe.Observer;

/**
 * The extension's metrics through the OpenTelemetry API, when the server offers it (MicroProfile Telemetry 2);
 * otherwise nothing. Issue 17: to be filled in (the metrics helper owns this package).
 */
public final class Metrics {

    private Metrics() {
    }

    /** The observer that records the metrics on this server; {@link Observer#NONE} where it has no OpenTelemetry. */
    public static Observer forServer(ClassLoader loader) {
        return Observer.NONE;
    }
}

package io.github.vismaidentity.metrics;

import io.github.vismaidentity.VismaConnection;
import io.github.vismaidentity.observe.Observer;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The extension's metrics through the OpenTelemetry API, when the server offers it (MicroProfile Telemetry 2);
 * otherwise nothing. Issue 17: to be filled in (the metrics helper owns this package).
 */
public final class Metrics {

    private Metrics() {
    }

    /**
     * The observer that records the metrics on this server; {@link Observer#NONE} where it has no OpenTelemetry.
     * Called once, while the extension reads its configuration (before the application's beans exist).
     *
     * @param loader            the application's class loader
     * @param tokenSetsByStatus how many token sets of this client id the store holds per status, read when asked
     */
    public static Observer forServer(ClassLoader loader, Supplier<Map<VismaConnection.Status, Long>> tokenSetsByStatus) {
        return Observer.NONE;
    }
}

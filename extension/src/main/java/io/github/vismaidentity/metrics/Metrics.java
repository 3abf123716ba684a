package io.github.vismaidentity.metrics;

import io.github.vismaidentity.VismaConnection;
import io.github.vismaidentity.observe.Observer;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The extension's metrics through the OpenTelemetry API, when the application sees it (MicroProfile Telemetry 2
 * on WildFly and Payara 7); otherwise nothing, without loading a class of OpenTelemetry.
 * The instruments are described in {@link OpenTelemetryMetrics} and in the operations guide.
 */
public final class Metrics {

    /** The class whose presence says the server offers the OpenTelemetry API to the application. */
    static final String API_CLASS = "io.opentelemetry.api.OpenTelemetry";

    private Metrics() {
    }

    /**
     * The observer that records the metrics on this server; {@link Observer#NONE} where it has no OpenTelemetry.
     * Called once, while the extension reads its configuration (before the application's beans exist): the
     * server's {@code OpenTelemetry} is looked up on the first report, when they do.
     *
     * @param loader            the application's class loader
     * @param tokenSetsByStatus how many token sets of this client id the store holds per status, read when asked;
     *                          empty while there is no store yet
     */
    public static Observer forServer(ClassLoader loader, Supplier<Map<VismaConnection.Status, Long>> tokenSetsByStatus) {
        if (!openTelemetryVisible(loader)) {
            return Observer.NONE;
        }
        // Only this lambda names a class that uses OpenTelemetry's types, and it runs on the first report.
        return new OnFirstUse(() -> OpenTelemetryMetrics.onServer(tokenSetsByStatus));
    }

    static boolean openTelemetryVisible(ClassLoader loader) {
        try {
            Class.forName(API_CLASS, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}

package io.github.vismaidentity.metrics;

import io.opentelemetry.api.OpenTelemetry;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;

import java.util.Optional;

/**
 * The application's {@code OpenTelemetry}: the CDI bean MicroProfile Telemetry provides (or one the application
 * produces itself). Not {@code GlobalOpenTelemetry}: asking it when nothing set it would fix it to a no-op for
 * good, and an application that sets it later would fail.
 */
final class ServerOpenTelemetry {

    private ServerOpenTelemetry() {
    }

    static Optional<OpenTelemetry> find() {
        Instance<OpenTelemetry> bean;
        try {
            bean = CDI.current().select(OpenTelemetry.class);
        } catch (IllegalStateException e) {
            // No CDI container here (a test that builds the extension by hand): no bean either.
            return Optional.empty();
        }
        return bean.isResolvable() ? Optional.of(bean.get()) : Optional.empty();
    }
}

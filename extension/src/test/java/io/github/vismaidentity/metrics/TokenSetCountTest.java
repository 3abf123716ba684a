package io.github.vismaidentity.metrics;

import io.github.vismaidentity.VismaConnection.Status;
import io.github.vismaidentity.store.TokenStoreException;
import io.github.vismaidentity.support.CapturedLog;
import io.github.vismaidentity.support.MutableClock;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static io.github.vismaidentity.metrics.OpenTelemetryMetrics.STATUS;
import static io.github.vismaidentity.metrics.OpenTelemetryMetricsTest.metric;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;

/**
 * The gauge {@code visma.identity.token_set.count}, whose callback runs on the exporter's thread: it reads the
 * store at most every ten seconds, reports nothing before the store exists, and never fails an export.
 */
class TokenSetCountTest {

    private static final Map<Status, Long> COUNTED = Map.of(Status.ACTIVE, 3L, Status.REAUTHENTICATION_REQUIRED, 1L,
            Status.REVOKED, 0L);

    private final InMemoryMetricReader reader = InMemoryMetricReader.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(reader).build()).build();
    private final MutableClock clock = new MutableClock();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicReference<Map<Status, Long>> store = new AtomicReference<>(COUNTED);
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    private final OpenTelemetryMetrics metrics = new OpenTelemetryMetrics(sdk, () -> {
        reads.incrementAndGet();
        if (failure.get() != null) {
            throw failure.get();
        }
        return store.get();
    }, clock);

    @AfterEach
    void closeSdk() {
        sdk.close();
    }

    @Test
    void everyStatusOfTheStoreIsReported() {
        assertThat(metrics).isNotNull();
        assertThat(metric(reader.collectAllMetrics(), "visma.identity.token_set.count").orElseThrow())
                .hasUnit("{token_set}")
                .hasLongGaugeSatisfying(gauge -> gauge.hasPointsSatisfying(
                        point -> point.hasValue(3).hasAttributes(Attributes.of(STATUS, "active")),
                        point -> point.hasValue(1).hasAttributes(Attributes.of(STATUS, "reauthentication_required")),
                        point -> point.hasValue(0).hasAttributes(Attributes.of(STATUS, "revoked"))));
    }

    @Test
    void theStoreIsCountedAtMostEveryTenSecondsWhateverTheCollections() {
        reader.collectAllMetrics();
        store.set(Map.of(Status.ACTIVE, 4L, Status.REAUTHENTICATION_REQUIRED, 0L, Status.REVOKED, 0L));
        clock.advance(Duration.ofSeconds(9));
        reader.collectAllMetrics();
        var beforeTenSeconds = metric(reader.collectAllMetrics(), "visma.identity.token_set.count").orElseThrow();
        clock.advance(Duration.ofSeconds(1));
        var atTenSeconds = metric(reader.collectAllMetrics(), "visma.identity.token_set.count").orElseThrow();

        assertThat(reads).hasValue(2);
        assertThat(beforeTenSeconds).hasLongGaugeSatisfying(gauge -> gauge.hasPointsSatisfying(
                point -> point.hasValue(3).hasAttributes(Attributes.of(STATUS, "active")),
                point -> point.hasValue(1), point -> point.hasValue(0)));
        assertThat(atTenSeconds).hasLongGaugeSatisfying(gauge -> gauge.hasPointsSatisfying(
                point -> point.hasValue(4).hasAttributes(Attributes.of(STATUS, "active")),
                point -> point.hasValue(0), point -> point.hasValue(0)));
    }

    @Test
    void nothingIsReportedBeforeTheStoreExistsAndItsCountAsSoonAsItDoes() {
        store.set(Map.of());

        var beforeTheStore = metric(reader.collectAllMetrics(), "visma.identity.token_set.count");
        store.set(COUNTED);
        var once = metric(reader.collectAllMetrics(), "visma.identity.token_set.count");

        assertThat(beforeTheStore).isEmpty();
        assertThat(once).hasValueSatisfying(gauge -> assertThat(gauge).hasLongGaugeSatisfying(
                points -> points.hasPointsSatisfying(point -> point.hasValue(3), point -> point.hasValue(1),
                        point -> point.hasValue(0))));
    }

    @Test
    void aCountThatFailsReportsNothingFailsNoExportAndIsLoggedOnceUntilOneSucceeds() {
        metrics.signedIn(new io.github.vismaidentity.store.TokenSetKey("client", "subject", "company"), "Demo AB");
        failure.set(new TokenStoreException("VISMAID3001: The token store could not count the token sets (08001)."));
        try (CapturedLog log = CapturedLog.of(TokenSetGauge.class)) {
            var failed = reader.collectAllMetrics();
            clock.advance(Duration.ofSeconds(10));
            reader.collectAllMetrics();
            failure.set(null);
            clock.advance(Duration.ofSeconds(10));
            var recovered = reader.collectAllMetrics();

            assertThat(metric(failed, "visma.identity.token_set.count")).isEmpty();
            assertThat(metric(failed, "visma.identity.sign_ins")).isPresent();
            assertThat(metric(recovered, "visma.identity.token_set.count")).isPresent();
            assertThat(log.warnings()).singleElement().asString()
                    .startsWith(TokenSetGauge.COUNT_FAILED + ": ").contains("VISMAID3001");
        }
    }
}

package io.github.vismaidentity.metrics;

import io.github.vismaidentity.observe.Observer;
import io.github.vismaidentity.observe.RefreshOutcome;
import io.github.vismaidentity.observe.RefreshOutcome.Kind;
import io.github.vismaidentity.store.TokenSetKey;
import io.github.vismaidentity.support.MutableClock;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.vismaidentity.metrics.OpenTelemetryMetrics.ERROR_TYPE;
import static io.github.vismaidentity.metrics.OpenTelemetryMetrics.RATE_LIMIT_OUTCOME;
import static io.github.vismaidentity.metrics.OpenTelemetryMetrics.REFRESH_OUTCOME;
import static io.github.vismaidentity.metrics.OpenTelemetryMetrics.REVOKED;
import static io.github.vismaidentity.metrics.OpenTelemetryMetrics.SIGN_IN_OUTCOME;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;

/** Each instrument, read back through the OpenTelemetry SDK after the calls the extension makes on its observer. */
class OpenTelemetryMetricsTest {

    private static final TokenSetKey KEY = new TokenSetKey("client", "subject-4711", "company-ab");

    private final InMemoryMetricReader reader = InMemoryMetricReader.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(reader).build()).build();
    private final MutableClock clock = new MutableClock();
    private final Observer metrics = new OpenTelemetryMetrics(sdk, Map::of, clock);

    @AfterEach
    void closeSdk() {
        sdk.close();
    }

    @Test
    void signInsAreCountedAsSuccessesAndAsFailuresByMessageId() {
        metrics.signedIn(KEY, "Demo AB");
        metrics.signedIn(KEY, "Demo AB");
        metrics.signInFailed("VISMAID2003", 400);

        assertThat(metric(reader.collectAllMetrics(), "visma.identity.sign_ins").orElseThrow())
                .hasUnit("{sign_in}")
                .hasLongSumSatisfying(sum -> sum.isMonotonic().hasPointsSatisfying(
                        point -> point.hasValue(2).hasAttributes(Attributes.of(SIGN_IN_OUTCOME, "success")),
                        point -> point.hasValue(1).hasAttributes(Attributes.of(SIGN_IN_OUTCOME, "failure",
                                ERROR_TYPE, "VISMAID2003"))));
    }

    @Test
    void refreshesAreCountedByOutcomeWithTheMessageIdOfAFailure() {
        metrics.refreshEnded(outcome(Kind.REFRESHED, "", Duration.ofMillis(250)));
        metrics.refreshEnded(outcome(Kind.REUSED, "", Duration.ofMillis(20)));
        metrics.refreshEnded(outcome(Kind.MARKED, "VISMAID4002", Duration.ofMillis(300)));

        assertThat(metric(reader.collectAllMetrics(), "visma.identity.refreshes").orElseThrow())
                .hasUnit("{refresh}")
                .hasLongSumSatisfying(sum -> sum.isMonotonic().hasPointsSatisfying(
                        point -> point.hasValue(1).hasAttributes(Attributes.of(REFRESH_OUTCOME, "refreshed")),
                        point -> point.hasValue(1).hasAttributes(Attributes.of(REFRESH_OUTCOME, "reused")),
                        point -> point.hasValue(1).hasAttributes(Attributes.of(REFRESH_OUTCOME, "marked",
                                ERROR_TYPE, "VISMAID4002"))));
    }

    @Test
    void theRefreshDurationIsAHistogramInSecondsByOutcome() {
        List.of(outcome(Kind.REFRESHED, "", Duration.ofMillis(250)), outcome(Kind.REFRESHED, "", Duration.ofMillis(1500)),
                outcome(Kind.FAILED, "VISMAID4001", Duration.ofSeconds(5))).forEach(metrics::refreshEnded);

        assertThat(metric(reader.collectAllMetrics(), "visma.identity.refresh.duration").orElseThrow())
                .hasUnit("s")
                .hasHistogramSatisfying(histogram -> histogram.hasPointsSatisfying(
                        point -> point.hasCount(2).hasSum(1.75).hasMax(1.5)
                                .hasBucketBoundaries(OpenTelemetryMetrics.DURATION_BUCKETS.stream()
                                        .mapToDouble(Double::doubleValue).toArray())
                                .hasAttributes(Attributes.of(REFRESH_OUTCOME, "refreshed")),
                        point -> point.hasCount(1).hasSum(5.0)
                                .hasAttributes(Attributes.of(REFRESH_OUTCOME, "failed"))));
    }

    @Test
    void tokenEndpointErrorsAreCountedByKindAndAKindVismaMadeUpAsOther() {
        metrics.tokenEndpointError("invalid_grant");
        metrics.tokenEndpointError("invalid_grant");
        metrics.tokenEndpointError("timeout");
        metrics.tokenEndpointError("anything Visma sends one day");

        assertThat(metric(reader.collectAllMetrics(), "visma.identity.token_endpoint.errors").orElseThrow())
                .hasUnit("{error}")
                .hasLongSumSatisfying(sum -> sum.isMonotonic().hasPointsSatisfying(
                        point -> point.hasValue(2).hasAttributes(Attributes.of(ERROR_TYPE, "invalid_grant")),
                        point -> point.hasValue(1).hasAttributes(Attributes.of(ERROR_TYPE, "timeout")),
                        point -> point.hasValue(1).hasAttributes(Attributes.of(ERROR_TYPE, "_OTHER"))));
    }

    @Test
    void rateLimitWaitsAreCountedAndTheirTimeAddedUpBesideThe429sPassedOn() {
        metrics.rateLimitWaited(Duration.ofMillis(1500));
        metrics.rateLimitWaited(Duration.ofMillis(500));
        metrics.rateLimitRefused(Duration.ofSeconds(90));

        Collection<MetricData> collected = reader.collectAllMetrics();
        assertThat(metric(collected, "visma.identity.rate_limit.responses").orElseThrow())
                .hasUnit("{response}")
                .hasLongSumSatisfying(sum -> sum.isMonotonic().hasPointsSatisfying(
                        point -> point.hasValue(2).hasAttributes(Attributes.of(RATE_LIMIT_OUTCOME, "waited")),
                        point -> point.hasValue(1).hasAttributes(Attributes.of(RATE_LIMIT_OUTCOME, "passed_on"))));
        assertThat(metric(collected, "visma.identity.rate_limit.wait.time").orElseThrow())
                .hasUnit("s")
                .hasDoubleSumSatisfying(sum -> sum.isMonotonic().hasPointsSatisfying(point -> point.hasValue(2.0)));
    }

    @Test
    void disconnectsAreCountedByWhetherVismaConfirmedTheRevocation() {
        metrics.disconnected(KEY, "Demo AB", true);
        metrics.disconnected(KEY, "Demo AB", false);
        metrics.disconnected(KEY, "Demo AB", true);

        assertThat(metric(reader.collectAllMetrics(), "visma.identity.disconnects").orElseThrow())
                .hasUnit("{disconnect}")
                .hasLongSumSatisfying(sum -> sum.isMonotonic().hasPointsSatisfying(
                        point -> point.hasValue(2).hasAttributes(Attributes.of(REVOKED, true)),
                        point -> point.hasValue(1).hasAttributes(Attributes.of(REVOKED, false))));
    }

    @Test
    void noAttributeHoldsTheSubjectTheCompanyOrItsName() {
        metrics.signedIn(KEY, "Demo AB");
        metrics.refreshEnded(outcome(Kind.NOT_USABLE, "VISMAID4003", Duration.ofMillis(3)));
        metrics.disconnected(KEY, "Demo AB", true);

        assertThat(reader.collectAllMetrics().stream()
                .flatMap(metric -> metric.getData().getPoints().stream())
                .flatMap(point -> point.getAttributes().asMap().values().stream())
                .map(String::valueOf))
                .isNotEmpty()
                .noneMatch(value -> value.contains("subject-4711") || value.contains("company-ab")
                        || value.contains("Demo AB") || value.contains("client"));
    }

    static Optional<MetricData> metric(Collection<MetricData> collected, String name) {
        return collected.stream().filter(metric -> metric.getName().equals(name)).findFirst();
    }

    private static RefreshOutcome outcome(Kind kind, String messageId, Duration duration) {
        return new RefreshOutcome(KEY, "Demo AB", kind, messageId, messageId.isEmpty() ? "" : "why", duration);
    }
}

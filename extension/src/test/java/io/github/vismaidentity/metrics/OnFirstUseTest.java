package io.github.vismaidentity.metrics;

import io.github.vismaidentity.observe.Observer;
import io.github.vismaidentity.support.CapturedLog;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The metrics' observer is made on the first report, once, and a failure to make it costs one log line. */
class OnFirstUseTest {

    @Test
    void theObserverIsMadeOnTheFirstReportOnlyAndThenTold() {
        AtomicInteger made = new AtomicInteger();
        List<String> told = new ArrayList<>();
        Observer observer = new OnFirstUse(() -> {
            made.incrementAndGet();
            return new Observer() {
                @Override
                public void tokenEndpointError(String kind) {
                    told.add(kind);
                }
            };
        });

        int beforeAnyReport = made.get();
        observer.tokenEndpointError("invalid_grant");
        observer.tokenEndpointError("timeout");

        assertThat(beforeAnyReport).isZero();
        assertThat(made).hasValue(1);
        assertThat(told).containsExactly("invalid_grant", "timeout");
    }

    @Test
    void metricsThatCannotBeSetUpAreLoggedOnceAndTheReportsGoOnWithoutThem() {
        AtomicInteger attempts = new AtomicInteger();
        Observer observer = new OnFirstUse(() -> {
            attempts.incrementAndGet();
            throw new NoSuchMethodError("io.opentelemetry.api.metrics.DoubleHistogramBuilder.setExplicitBucketBoundariesAdvice");
        });

        try (CapturedLog log = CapturedLog.of(OnFirstUse.class)) {
            assertThatCode(() -> {
                observer.rateLimitWaited(Duration.ofSeconds(1));
                observer.rateLimitRefused(Duration.ofSeconds(60));
            }).doesNotThrowAnyException();

            assertThat(attempts).hasValue(1);
            assertThat(log.warnings()).singleElement().asString().startsWith(OnFirstUse.NOT_SET_UP + ": ");
        }
    }
}

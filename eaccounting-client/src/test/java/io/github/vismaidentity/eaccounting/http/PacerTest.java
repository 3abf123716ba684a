package io.github.vismaidentity.eaccounting.http;

import io.github.vismaidentity.eaccounting.support.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pacing on an injected clock; the sleeper moves the clock instead of sleeping. */
class PacerTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<Duration> waits = new ArrayList<>();

    private Pacer pacer(int callsPerMinute) {
        return new Pacer(callsPerMinute, clock, wait -> {
            waits.add(wait);
            clock.advance(wait);
        });
    }

    @Test
    void callsWithinTheLimitStartAtOnce() throws InterruptedException {
        Pacer pacer = pacer(3);

        for (int i = 0; i < 3; i++) {
            pacer.awaitTurn("customers");
        }

        assertThat(waits).isEmpty();
    }

    @Test
    void theCallBeyondTheLimitWaitsUntilTheFirstIsSixtyOneSecondsOld() throws InterruptedException {
        Pacer pacer = pacer(3);
        pacer.awaitTurn("customers");
        clock.advance(Duration.ofSeconds(10));
        pacer.awaitTurn("customers");
        pacer.awaitTurn("customers");

        pacer.awaitTurn("customers");

        assertThat(waits).containsExactly(Duration.ofSeconds(51));
    }

    @Test
    void noSixtyOneSecondWindowEverHoldsMoreThanTheLimit() throws InterruptedException {
        int limit = 5;
        Pacer pacer = pacer(limit);
        List<Instant> starts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pacer.awaitTurn("customers");
            starts.add(clock.instant());
            clock.advance(Duration.ofMillis(1_700L * (i % 4)));
        }

        for (Instant start : starts) {
            long inWindow = starts.stream().filter(s -> !s.isBefore(start) && s.isBefore(start.plus(Pacer.WINDOW)))
                    .count();
            assertThat(inWindow).as("starts in the window from " + start).isLessThanOrEqualTo(limit);
        }
        assertThat(waits).isNotEmpty();
    }

    @Test
    void eachEndpointHasItsOwnLimit() throws InterruptedException {
        Pacer pacer = pacer(1);

        pacer.awaitTurn("customers");
        pacer.awaitTurn("customers/{customerId}");
        pacer.awaitTurn("articles");

        assertThat(waits).isEmpty();
    }

    @Test
    void callersQueueInTheOrderTheyCame() throws InterruptedException {
        List<Duration> reserved = new ArrayList<>();
        Pacer pacer = new Pacer(2, clock, reserved::add); // nobody moves the clock: three callers arrive at once

        for (int i = 0; i < 5; i++) {
            pacer.awaitTurn("customers");
        }

        assertThat(reserved).containsExactly(Duration.ofSeconds(61), Duration.ofSeconds(61), Duration.ofSeconds(122));
    }

    @Test
    void zeroPacesNothing() throws InterruptedException {
        Pacer pacer = pacer(0);

        for (int i = 0; i < 1_000; i++) {
            pacer.awaitTurn("customers");
        }

        assertThat(waits).isEmpty();
    }

    @Test
    void aNegativeLimitIsRefused() {
        assertThatThrownBy(() -> pacer(-1)).hasMessageContaining("0 (no pacing) or more");
    }
}

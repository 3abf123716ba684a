package io.github.vismaidentity.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a costly readiness probe at most once per interval and answers every probe in between with that result:
 * an orchestrator probing every few seconds from every node must not turn into a stream of requests to Visma
 * or of reads of the token table. Synchronized, so probes arriving together run it once.
 */
final class CachedProbe {

    private final Supplier<Optional<String>> probe;
    private final Clock clock;
    private final Duration interval;
    private Instant ranAt;
    private Optional<String> outcome = Optional.empty();

    /** @param probe empty when the part is up, else what is down (starting with a message ID where there is one) */
    CachedProbe(Supplier<Optional<String>> probe, Clock clock, Duration interval) {
        this.probe = probe;
        this.clock = clock;
        this.interval = interval;
    }

    /** Empty when the part was up at the last run, else what was down; at most one run per interval. */
    synchronized Optional<String> failure() {
        Instant now = clock.instant();
        if (ranAt == null || !now.isBefore(ranAt.plus(interval)) || now.isBefore(ranAt)) {
            outcome = probe.get();
            ranAt = now;
        }
        return outcome;
    }
}

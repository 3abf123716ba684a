package io.github.vismaidentity.health;

import io.github.vismaidentity.protocol.Discovery;
import io.github.vismaidentity.protocol.SignInFailure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Fetches the discovery document for readiness at most once per interval and answers every probe in between
 * with that result: an orchestrator probing every few seconds from every node must not turn into a stream of
 * requests to Visma. Synchronized, so probes arriving together fetch once.
 */
final class CachedDiscoveryProbe {

    private final Discovery discovery;
    private final Clock clock;
    private final Duration interval;
    private Instant fetchedAt;
    private Optional<SignInFailure> outcome = Optional.empty();

    CachedDiscoveryProbe(Discovery discovery, Clock clock, Duration interval) {
        this.discovery = discovery;
        this.clock = clock;
        this.interval = interval;
    }

    /** Empty when the document was fetched and names the issuer, else why not; at most one fetch per interval. */
    synchronized Optional<SignInFailure> failure() {
        Instant now = clock.instant();
        if (fetchedAt == null || !now.isBefore(fetchedAt.plus(interval)) || now.isBefore(fetchedAt)) {
            outcome = probe();
            fetchedAt = now;
        }
        return outcome;
    }

    private Optional<SignInFailure> probe() {
        try {
            discovery.probe();
            return Optional.empty();
        } catch (SignInFailure failure) {
            return Optional.of(failure);
        }
    }
}

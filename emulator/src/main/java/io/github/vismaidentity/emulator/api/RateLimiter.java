package io.github.vismaidentity.emulator.api;

import io.github.vismaidentity.emulator.control.Tunables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Visma's limit of N requests per minute per client and per endpoint (600 by default), counted in
 * one-minute windows that start with a client's first request. An endpoint is a path template
 * ({@code customers/{customerId}}): every customer's URL shares one count, and GET and POST of
 * {@code customers} share another.
 */
final class RateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private record Key(String clientId, String endpoint) {
    }

    private record Window(Instant start, int count) {
    }

    private final Map<Key, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Tunables tunables;

    RateLimiter(Clock clock, Tunables tunables) {
        this.clock = clock;
        this.tunables = tunables;
    }

    /** Empty when the request may go on, else the whole seconds until the client may try again. */
    OptionalLong acquire(String clientId, PathTemplate endpoint) {
        Instant now = clock.instant();
        Window window = windows.compute(new Key(clientId, endpoint.text()), (key, current) ->
                current == null || !now.isBefore(current.start().plus(WINDOW))
                        ? new Window(now, 1)
                        : new Window(current.start(), current.count() + 1));
        if (window.count() <= tunables.rateLimitPerMinute()) {
            return OptionalLong.empty();
        }
        long millis = Duration.between(now, window.start().plus(WINDOW)).toMillis();
        return OptionalLong.of(Math.max(1, (millis + 999) / 1000));
    }
}

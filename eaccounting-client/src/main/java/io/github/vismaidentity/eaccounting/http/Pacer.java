package io.github.vismaidentity.eaccounting.http;

import io.github.vismaidentity.client.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps this client under Visma's rate limit (600 calls a minute per client and endpoint): per path template, at
 * most {@code callsPerMinute} calls start within any {@link #WINDOW}; a call beyond that waits on the caller's
 * thread until it may start. Each call reserves its start time under a lock and then waits without it, so waiting
 * callers queue in order. It counts this JVM's calls only: with N nodes sharing one client id, give each node
 * {@code 600 / N}.
 */
public final class Pacer {

    /**
     * Visma counts a minute; a call started 60 s after another may still arrive inside Visma's same window when the
     * first one travelled slower, so a second of margin covers the network's latency.
     */
    public static final Duration WINDOW = Duration.ofSeconds(61);

    private final int callsPerMinute;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Deque<Instant>> starts = new ConcurrentHashMap<>();

    /** {@code callsPerMinute} 0 paces nothing. */
    public Pacer(int callsPerMinute, Clock clock, Sleeper sleeper) {
        if (callsPerMinute < 0) {
            throw new IllegalArgumentException("calls per minute is 0 (no pacing) or more, not " + callsPerMinute);
        }
        this.callsPerMinute = callsPerMinute;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** The limit per endpoint; 0 when not pacing. */
    public int callsPerMinute() {
        return callsPerMinute;
    }

    /**
     * Returns when a call of {@code endpoint} may start, having waited if needed.
     *
     * @throws InterruptedException when the thread is interrupted while it waits (the reserved start is not given
     *                              back: pacing stays on the safe side)
     */
    public void awaitTurn(String endpoint) throws InterruptedException {
        if (callsPerMinute == 0) {
            return;
        }
        Instant now = clock.instant();
        Instant start = reserve(starts.computeIfAbsent(endpoint, key -> new ArrayDeque<>()), now);
        Duration wait = Duration.between(now, start);
        if (!wait.isZero() && !wait.isNegative()) {
            sleeper.sleep(wait);
        }
    }

    /**
     * The earliest start at or after {@code now} that leaves at most {@code callsPerMinute} starts in any window:
     * the starts are reserved in order, so the new one must be a window after the one {@code callsPerMinute} back.
     */
    private Instant reserve(Deque<Instant> reserved, Instant now) {
        synchronized (reserved) {
            Instant windowStart = now.minus(WINDOW);
            while (!reserved.isEmpty() && !reserved.peekFirst().isAfter(windowStart)) {
                reserved.pollFirst();
            }
            Instant start = now;
            if (reserved.size() >= callsPerMinute) {
                Instant limiting = reserved.stream().skip(reserved.size() - callsPerMinute).findFirst().orElseThrow();
                Instant earliest = limiting.plus(WINDOW);
                start = earliest.isAfter(now) ? earliest : now;
            }
            reserved.addLast(start);
            return start;
        }
    }
}

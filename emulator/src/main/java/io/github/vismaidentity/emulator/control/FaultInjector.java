package io.github.vismaidentity.emulator.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The armed faults, per endpoint, consumed one per request in the order they were armed. */
public final class FaultInjector {

    private final Map<Endpoint, Deque<Armed>> armed = new EnumMap<>(Endpoint.class);

    private static final class Armed {
        final Fault fault;
        int remaining;

        Armed(Fault fault, int remaining) {
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    public synchronized void arm(Endpoint endpoint, Fault fault, int times) {
        if (times < 1) {
            throw new IllegalArgumentException("A fault must apply to at least one request, not " + times);
        }
        armed.computeIfAbsent(endpoint, e -> new ArrayDeque<>()).addLast(new Armed(fault, times));
    }

    /** The fault for the request now arriving at {@code endpoint}, if one is armed. */
    public synchronized Optional<Fault> take(Endpoint endpoint) {
        Deque<Armed> queue = armed.get(endpoint);
        if (queue == null || queue.isEmpty()) {
            return Optional.empty();
        }
        Armed next = queue.peekFirst();
        if (--next.remaining == 0) {
            queue.removeFirst();
        }
        return Optional.of(next.fault);
    }

    public synchronized void clear() {
        armed.clear();
    }
}

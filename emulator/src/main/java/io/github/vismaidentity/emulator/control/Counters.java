package io.github.vismaidentity.emulator.control;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe counts of requests per endpoint and of the {@link Counter} events. */
public final class Counters {

    private final Map<Endpoint, LongAdder> requests = new EnumMap<>(Endpoint.class);
    private final Map<Counter, LongAdder> events = new EnumMap<>(Counter.class);

    public Counters() {
        for (Endpoint endpoint : Endpoint.values()) {
            requests.put(endpoint, new LongAdder());
        }
        for (Counter counter : Counter.values()) {
            events.put(counter, new LongAdder());
        }
    }

    public void request(Endpoint endpoint) {
        requests.get(endpoint).increment();
    }

    public void increment(Counter counter) {
        events.get(counter).increment();
    }

    public long requests(Endpoint endpoint) {
        return requests.get(endpoint).sum();
    }

    public long count(Counter counter) {
        return events.get(counter).sum();
    }

    public void reset() {
        requests.values().forEach(LongAdder::reset);
        events.values().forEach(LongAdder::reset);
    }

    /** Every count by name: {@code requests.token}, {@code refresh-token-reuses}, ... */
    public Map<String, Long> snapshot() {
        Map<String, Long> snapshot = new LinkedHashMap<>();
        requests.forEach((endpoint, count) -> snapshot.put("requests." + endpoint.externalName(), count.sum()));
        events.forEach((counter, count) -> snapshot.put(counter.externalName(), count.sum()));
        return snapshot;
    }
}

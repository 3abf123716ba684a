package io.github.vismaidentity.metrics;

import io.github.vismaidentity.VismaConnection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The token sets per status for an asynchronous gauge, whose callback runs on the exporter's thread at each
 * collection: the database is counted at most once per {@link #READ_AT_MOST_EVERY}, whatever the number of
 * readers and their intervals; in between the last count is reported again. A count that fails reports nothing
 * and never fails the export; nothing is reported before the store exists (an empty count).
 */
final class TokenSetGauge {

    /** How often at most the callback counts the token sets in the database. */
    static final Duration READ_AT_MOST_EVERY = Duration.ofSeconds(10);

    /** Logged when the count fails, once until a count succeeds again. */
    static final String COUNT_FAILED = "VISMAID6021";

    private static final Logger LOG = Logger.getLogger(TokenSetGauge.class.getName());

    private final Supplier<Map<VismaConnection.Status, Long>> tokenSetsByStatus;
    private final Clock clock;
    private Map<VismaConnection.Status, Long> last = Map.of();
    private Instant readAt = Instant.MIN;
    private boolean failing;

    TokenSetGauge(Supplier<Map<VismaConnection.Status, Long>> tokenSetsByStatus, Clock clock) {
        this.tokenSetsByStatus = tokenSetsByStatus;
        this.clock = clock;
    }

    /** Hands each status and its count to {@code record}, from the database or the count of less than 10 s ago. */
    synchronized void report(BiConsumer<VismaConnection.Status, Long> record) {
        Instant now = clock.instant();
        if (readAt == Instant.MIN || !now.isBefore(readAt.plus(READ_AT_MOST_EVERY))) {
            read(now);
        }
        last.forEach(record);
    }

    private void read(Instant now) {
        try {
            last = Map.copyOf(tokenSetsByStatus.get());
            failing = false;
        } catch (RuntimeException e) {
            last = Map.of();
            if (!failing) {
                // The store's messages name no token; the type and message say what to look at.
                LOG.warning(COUNT_FAILED + ": The metrics could not count the token sets; the gauge "
                        + "visma.identity.token_set.count reports nothing until a count succeeds (" + e + ").");
            }
            failing = true;
        }
        // A store that does not exist yet is asked again at the next collection.
        readAt = last.isEmpty() && !failing ? Instant.MIN : now;
    }
}

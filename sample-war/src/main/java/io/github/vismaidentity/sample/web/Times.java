package io.github.vismaidentity.sample.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times as the pages show them: instants to the second, in UTC, and saying so ({@code ${time.of(x)}}); durations
 * in words ({@code ${time.every(d)}}).
 */
public final class Times {

    static final Times INSTANCE = new Times();
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** {@code instant} to the second, or an empty text for null. */
    public String of(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }

    /** {@code duration} in words: "10 seconds", "5 minutes", "1 hour 30 minutes". */
    public String every(Duration duration) {
        StringBuilder words = new StringBuilder();
        append(words, duration.toHoursPart() + duration.toDaysPart() * 24, "hour");
        append(words, duration.toMinutesPart(), "minute");
        append(words, duration.toSecondsPart(), "second");
        return words.isEmpty() ? duration.toMillis() + " ms" : words.toString();
    }

    private static void append(StringBuilder words, long amount, String unit) {
        if (amount > 0) {
            words.append(words.isEmpty() ? "" : " ").append(amount).append(' ').append(unit).append(amount == 1 ? "" : "s");
        }
    }
}

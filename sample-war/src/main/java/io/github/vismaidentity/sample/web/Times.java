package io.github.vismaidentity.sample.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants as the pages show them ({@code ${time.of(x)}}): to the second, in UTC, and saying so. */
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
}

package io.github.vismaidentity.emulator.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * How the emulated API writes the values of the bookkeeping resources: money with two decimals, dates as
 * Visma sends them ({@code 2024-01-31T00:00:00}: the description types them date-time), UTC timestamps with
 * a {@code Z}, and ids that stay the same for a company across restarts.
 */
final class JsonValues {

    private JsonValues() {
    }

    /** An amount with two decimals, as the API shows money; never in exponent notation. */
    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    static String date(LocalDate date) {
        return date + "T00:00:00";
    }

    static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Midday UTC of a date: a plausible moment for something seeded to have been created on that day. */
    static String timestamp(LocalDate date) {
        return timestamp(date.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    /** An id derived from the company and what it names, so seeded data keeps its ids across restarts. */
    static String stableId(String companyId, String kind, Object key) {
        return UUID.nameUUIDFromBytes((companyId + "/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The date of a value the API wrote ({@link #date}) or a client sent ({@code 2024-01-31}, with or without time). */
    static LocalDate readDate(Object value) {
        String text = String.valueOf(value);
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(String.valueOf(value));
    }
}

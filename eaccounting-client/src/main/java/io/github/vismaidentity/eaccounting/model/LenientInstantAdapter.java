package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.adapter.JsonbAdapter;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads a Visma UTC timestamp (the {@code ...Utc} fields) as an {@link Instant}: with a zone
 * ({@code 2024-01-31T12:00:00Z}, {@code +01:00}) or without one ({@code 2024-01-31T12:00:00.1234567}),
 * which Visma means as UTC. Writes ISO-8601 in UTC ({@code 2024-01-31T12:00:00Z}).
 */
public final class LenientInstantAdapter implements JsonbAdapter<Instant, String> {

    @Override
    public String adaptToJson(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    @Override
    public Instant adaptFromJson(String text) {
        if (text == null) {
            return null; // Yasson hands a JSON null to the adapter
        }
        try {
            return hasZone(text)
                    ? OffsetDateTime.parse(text).toInstant()
                    : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new JsonbException("VISMAID5051: '" + text + "' is not a UTC timestamp: expected"
                    + " 2024-01-31T12:00:00Z or 2024-01-31T12:00:00", e);
        }
    }

    private static boolean hasZone(String text) {
        int time = text.indexOf('T');
        return time > 0 && (text.endsWith("Z") || text.endsWith("z")
                || text.indexOf('+', time) > 0 || text.indexOf('-', time) > 0);
    }
}

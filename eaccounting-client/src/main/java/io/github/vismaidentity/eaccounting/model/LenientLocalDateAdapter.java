package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.adapter.JsonbAdapter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads a Visma date as a {@link LocalDate} whichever way Visma writes it: {@code 2024-01-31}, or as
 * a midnight date-time ({@code 2024-01-31T00:00:00}, with or without fraction and zone), which is
 * how the API sends most {@code format: date-time} fields that are really dates (invoice dates, due
 * dates, fiscal year bounds). Writes the plain {@code 2024-01-31}, which Visma accepts for all of them.
 * The date is the one written, never shifted by a zone.
 */
public final class LenientLocalDateAdapter implements JsonbAdapter<LocalDate, String> {

    @Override
    public String adaptToJson(LocalDate date) {
        return date == null ? null : date.toString();
    }

    @Override
    public LocalDate adaptFromJson(String text) {
        if (text == null) {
            return null; // Yasson hands a JSON null to the adapter
        }
        // The date part is the first ten characters in every form Visma sends; what follows (time,
        // fraction, zone) says nothing about which day is meant.
        String date = text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text;
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new JsonbException("VISMAID5050: '" + text + "' is not a date: expected 2024-01-31 or"
                    + " 2024-01-31T00:00:00", e);
        }
    }
}

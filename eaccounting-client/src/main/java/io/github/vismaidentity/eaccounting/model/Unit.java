package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.util.UUID;

/**
 * A unit articles are sold in (Visma's {@code UnitApi}, from {@code /v2/units}). An article names one by id
 * ({@link Article#unitId()}).
 *
 * @param id                  Visma's id (read-only)
 * @param name                the name, e.g. {@code Timme}
 * @param code                the unit's code
 * @param abbreviation        the abbreviation, e.g. {@code h}
 * @param abbreviationEnglish the English abbreviation
 */
public record Unit(
        @JsonbProperty("Id") UUID id,
        @JsonbProperty("Name") String name,
        @JsonbProperty("Code") String code,
        @JsonbProperty("Abbreviation") String abbreviation,
        @JsonbProperty("AbbreviationEnglish") String abbreviationEnglish) {
}

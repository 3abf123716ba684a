package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.JsonbException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every way Visma writes a date or a UTC timestamp is read as the one it means. */
class LenientTimeAdaptersTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-31", "2024-01-31T00:00:00", "2024-01-31T00:00:00.000", "2024-01-31T00:00:00Z",
            "2024-01-31T00:00:00+01:00", "2024-01-31T23:59:59-05:00"})
    void readsADateWrittenAsADateOrAsADateTimeAsThatDay(String text) {
        assertThat(new LenientLocalDateAdapter().adaptFromJson(text)).isEqualTo(LocalDate.of(2024, 1, 31));
    }

    @ParameterizedTest
    @CsvSource({
            "2024-01-31T12:00:00Z,          2024-01-31T12:00:00Z",
            "2024-01-31T12:00:00,           2024-01-31T12:00:00Z",
            "2024-01-31T12:00:00.1234567,   2024-01-31T12:00:00.1234567Z",
            "2024-01-31T12:00:00.1234567Z,  2024-01-31T12:00:00.1234567Z",
            "2024-01-31T13:00:00+01:00,     2024-01-31T12:00:00Z",
            "2024-01-31T07:00:00-05:00,     2024-01-31T12:00:00Z"})
    void readsATimestampWithoutAZoneAsUtcAndOneWithAZoneAsItsInstant(String text, String expected) {
        assertThat(new LenientInstantAdapter().adaptFromJson(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/01/2024", "2024-1-31", "yesterday", ""})
    void aDateThatIsNoneOfVismasFormsFailsNamingTheValueAndTheFormsExpected(String text) {
        assertThatThrownBy(() -> new LenientLocalDateAdapter().adaptFromJson(text))
                .isInstanceOf(JsonbException.class)
                .hasMessageStartingWith("VISMAID5050: '" + text + "' is not a date")
                .hasMessageContaining("2024-01-31T00:00:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-31", "12:00", "2024-01-31T25:00:00Z"})
    void aTimestampThatIsNoneOfVismasFormsFailsNamingTheValue(String text) {
        assertThatThrownBy(() -> new LenientInstantAdapter().adaptFromJson(text))
                .isInstanceOf(JsonbException.class)
                .hasMessageStartingWith("VISMAID5051: '" + text + "' is not a UTC timestamp");
    }
}

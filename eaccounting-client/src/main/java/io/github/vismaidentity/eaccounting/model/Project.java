package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A project (Visma's {@code ProjectApi}, from {@code /v2/projects}). Build one to create with
 * {@link #create(String, String)}; Visma requires {@code Number}, {@code Name} and {@code Status}.
 *
 * @param id           Visma's id (read-only)
 * @param number       the project number (at most 9 characters)
 * @param name         the name (at most 200 characters)
 * @param status       ongoing or finished
 * @param startDate    the first day
 * @param endDate      the last day
 * @param customerId   the customer the project is for
 * @param customerName that customer's name (read-only)
 * @param notes        notes (at most 500 characters)
 * @param modifiedUtc  when the project last changed (read-only)
 */
public record Project(
        @JsonbProperty("Id") UUID id,
        @JsonbProperty("Number") String number,
        @JsonbProperty("Name") String name,
        @JsonbProperty("Status") ProjectStatus status,
        @JsonbProperty("StartDate") LocalDate startDate,
        @JsonbProperty("EndDate") LocalDate endDate,
        @JsonbProperty("CustomerId") UUID customerId,
        @JsonbProperty("CustomerName") String customerName,
        @JsonbProperty("Notes") String notes,
        @JsonbProperty("ModifiedUtc") Instant modifiedUtc) {

    /**
     * An ongoing project to create, with no dates, customer or notes.
     *
     * @param number the project number (at most 9 characters)
     * @param name   the name (at most 200 characters)
     * @return the project to send to {@code projects().create}
     */
    public static Project create(String number, String name) {
        return new Project(null, number, name, ProjectStatus.ONGOING, null, null, null, null, null, null);
    }
}

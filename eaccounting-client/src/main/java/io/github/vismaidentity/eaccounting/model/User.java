package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.util.UUID;

/**
 * A user of the company (Visma's {@code UserApi}, from {@code GET /v2/users}).
 *
 * @param id            Visma's id of the user
 * @param email         the user's email address
 * @param firstName     first name
 * @param lastName      last name
 * @param isActive      whether the user is active
 * @param isCurrentUser whether this is the user whose token made the call
 * @param isConsultant  whether the user is a consultant (an accounting firm's user)
 */
public record User(
        @JsonbProperty("Id") UUID id,
        @JsonbProperty("Email") String email,
        @JsonbProperty("FirstName") String firstName,
        @JsonbProperty("LastName") String lastName,
        @JsonbProperty("IsActive") Boolean isActive,
        @JsonbProperty("IsCurrentUser") Boolean isCurrentUser,
        @JsonbProperty("IsConsultant") Boolean isConsultant) {
}

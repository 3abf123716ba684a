package io.github.vismaidentity.eaccounting;

import jakarta.json.bind.annotation.JsonbProperty;

import java.util.List;

/**
 * Visma's error body: {@code {"ErrorCode": 4000, "DeveloperErrorMessage": "...", "ErrorId": "...", "Errors":
 * [{"Field": ..., "ErrorCode": ..., "Message": ..., "Key": ...}]}}. Every part may be missing.
 *
 * @param errors never null: an absent {@code Errors} is an empty list
 */
public record ErrorBody(@JsonbProperty("ErrorCode") Integer errorCode,
                        @JsonbProperty("DeveloperErrorMessage") String developerErrorMessage,
                        @JsonbProperty("ErrorId") String errorId,
                        @JsonbProperty("Errors") List<FieldError> errors) {

    /** No body, or one that is not Visma's. */
    public static final ErrorBody NONE = new ErrorBody(null, null, null, List.of());

    public ErrorBody {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}

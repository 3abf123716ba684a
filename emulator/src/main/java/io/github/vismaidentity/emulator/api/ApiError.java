package io.github.vismaidentity.emulator.api;

import java.util.List;

/**
 * An API call the emulator refuses, answered with Visma's error body ({@code ErrorCode},
 * {@code DeveloperErrorMessage}, {@code ErrorId}, {@code Errors}). Codes 4000 and 4004 are the
 * emulator's own: no Visma document names the codes of a validation failure or of an unknown id.
 */
final class ApiError extends Exception {

    /** A request whose fields or query Visma would refuse (HTTP 400); not a code Visma documents. */
    static final int VALIDATION_FAILED = 4000;
    /** No resource with the id in the path (HTTP 404); not a code Visma documents. */
    static final int NOT_FOUND = 4004;
    /** Visma's NoAccessToScopes (HTTP 403). */
    static final int NO_ACCESS_TO_SCOPES = 4006;
    /** Visma's rate limit (HTTP 429). */
    static final int RATE_LIMITED = 4010;

    private final int status;
    private final int errorCode;
    private final transient List<FieldError> errors;

    ApiError(int status, int errorCode, String message, List<FieldError> errors) {
        super(message, null, false, false);
        this.status = status;
        this.errorCode = errorCode;
        this.errors = List.copyOf(errors);
    }

    /** HTTP 400 with one entry in {@code Errors} per field. */
    static ApiError validation(List<FieldError> errors) {
        return new ApiError(400, VALIDATION_FAILED, "The request has " + errors.size() + " invalid field"
                + (errors.size() == 1 ? "" : "s") + ": " + String.join(", ", errors.stream().map(FieldError::field).toList()),
                errors);
    }

    /** HTTP 400 for a malformed request as a whole (a query parameter, a body that is not JSON). */
    static ApiError badRequest(String message) {
        return new ApiError(400, VALIDATION_FAILED, message, List.of());
    }

    /** HTTP 404: no {@code what} with this id in the caller's company. */
    static ApiError notFound(String what, String id) {
        return new ApiError(404, NOT_FOUND, "No " + what + " with id '" + id + "' in this company", List.of());
    }

    int status() {
        return status;
    }

    int errorCode() {
        return errorCode;
    }

    List<FieldError> errors() {
        return errors;
    }
}

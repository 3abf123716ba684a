package io.github.vismaidentity.eaccounting;

import java.util.List;

/**
 * The eAccounting API refused a call, or could not be reached. The message starts with a stable ID
 * ({@code VISMAID50xx}), names the operation ({@code POST /v2/customers}) and never holds a token. Catch a subtype
 * to act: {@link ResourceNotFoundException}, {@link ValidationFailedException} (show its {@link #errors()} on the
 * form), {@link MissingScopeException} (add the scope to {@code visma.identity.scopes} and have the user sign in
 * again), {@link RateLimitedException} (try again after its {@code retryAfter()}), {@link TokenRejectedException}
 * (the user must sign in again) and {@link VismaUnavailableException} (try again later). A status Visma answers that
 * none of them covers (405, 409, 415, ...) is this type itself.
 */
public class EAccountingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Message ID of an answer that none of the subtypes covers. */
    public static final String REFUSED = "VISMAID5000";

    private final String messageId;
    private final String operation;
    private final int status;
    private final Integer errorCode;
    private final String developerErrorMessage;
    private final String errorId;
    private final List<FieldError> errors;

    /**
     * For the client's call machinery (and tests that need one).
     *
     * @param operation the call, {@code METHOD /v2/path-template}
     * @param status    the HTTP status, 0 when no answer came
     * @param body      Visma's error body, {@link ErrorBody#NONE} when there was none
     * @param message   what happened and what to do, after the ID and the operation
     */
    public EAccountingException(String messageId, String operation, int status, ErrorBody body, String message,
            Throwable cause) {
        super(messageId + ": " + operation + ": " + message, cause);
        this.messageId = messageId;
        this.operation = operation;
        this.status = status;
        this.errorCode = body.errorCode();
        this.developerErrorMessage = body.developerErrorMessage();
        this.errorId = body.errorId();
        this.errors = body.errors();
    }

    /** The stable message ID, {@code VISMAID50xx}. */
    public String messageId() {
        return messageId;
    }

    /** The call that failed, as {@code POST /v2/customers} (the path template, no ids). */
    public String operation() {
        return operation;
    }

    /** The HTTP status; 0 when no answer came (connection refused, timeout, interrupted). */
    public int status() {
        return status;
    }

    /** Visma's {@code ErrorCode} (4006 missing scope, 4010 rate limited, ...); null without Visma's error body. */
    public Integer errorCode() {
        return errorCode;
    }

    /** Visma's {@code DeveloperErrorMessage}; null without one. */
    public String developerErrorMessage() {
        return developerErrorMessage;
    }

    /** Visma's {@code ErrorId}, to quote to Visma's support; null without one. */
    public String errorId() {
        return errorId;
    }

    /** The fields Visma refused ({@code Errors}), empty when none were named. */
    public List<FieldError> errors() {
        return errors;
    }
}

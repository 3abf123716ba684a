package io.github.vismaidentity.sample.api;

/**
 * The eAccounting API answered with an error. Visma's error body carries an {@code ErrorCode} (4006: the
 * token lacks a scope; 4010: rate limit) and a {@code DeveloperErrorMessage}; neither ever holds a token.
 */
public class EAccountingException extends RuntimeException {

    /** Visma's {@code ErrorCode} for a token without the scope an endpoint needs. */
    public static final int MISSING_SCOPE = 4006;

    private final int status;
    private final int errorCode;

    public EAccountingException(String path, int status, int errorCode, String developerMessage) {
        super("eAccounting API " + path + " answered HTTP " + status
                + (errorCode == 0 ? "" : " ErrorCode " + errorCode)
                + (developerMessage == null || developerMessage.isBlank() ? "" : ": " + developerMessage));
        this.status = status;
        this.errorCode = errorCode;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** Visma's {@code ErrorCode}, 0 when the body had none. */
    public int errorCode() {
        return errorCode;
    }

    /** Whether the connection lacks a scope the endpoint needs (HTTP 403, {@code ErrorCode} 4006). */
    public boolean missingScope() {
        return status == 403 && errorCode == MISSING_SCOPE;
    }
}

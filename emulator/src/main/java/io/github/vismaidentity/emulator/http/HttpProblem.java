package io.github.vismaidentity.emulator.http;

/**
 * A request the emulator refuses: the HTTP status, the RFC 6749 error code and a description that
 * says what to fix. Never carries a token, code or secret.
 */
public final class HttpProblem extends Exception {

    private final int status;
    private final String error;

    public HttpProblem(int status, String error, String description) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
    }

    /** HTTP 400 {@code invalid_request}. */
    public static HttpProblem invalidRequest(String description) {
        return new HttpProblem(400, "invalid_request", description);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String description() {
        return getMessage();
    }
}

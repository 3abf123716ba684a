package io.github.vismaidentity.eaccounting;

import java.time.Duration;

/**
 * HTTP 429 ({@code ErrorCode} 4010: Visma allows 600 calls a minute per client and endpoint) that the Bearer filter
 * did not sit out: the wait was longer than {@code visma.identity.rate-limit-max-wait}, or the call was limited
 * again. Call the endpoint again after {@link #retryAfter()}. Also thrown, with status 0, when the thread is
 * interrupted while the client paces itself.
 */
public class RateLimitedException extends EAccountingException {

    private static final long serialVersionUID = 1L;

    /** Its message ID. */
    public static final String ID = "VISMAID5004";

    private final Duration retryAfter;

    /** For the client's call machinery (and tests that need one). */
    public RateLimitedException(String operation, int status, ErrorBody body, Duration retryAfter, String message,
            Throwable cause) {
        super(ID, operation, status, body, message, cause);
        this.retryAfter = retryAfter;
    }

    /** How long to wait before calling this endpoint again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}

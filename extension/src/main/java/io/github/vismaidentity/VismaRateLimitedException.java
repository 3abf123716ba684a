package io.github.vismaidentity;

import java.time.Duration;

/**
 * The eAccounting API answered HTTP 429 ({@code ErrorCode} 4010: 600 requests per minute per client and
 * endpoint). {@link #retryAfter()} is how long Visma asked to wait.
 */
public class VismaRateLimitedException extends VismaTokenException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public VismaRateLimitedException(String messageId, String message, Duration retryAfter) {
        super(messageId, message, null);
        this.retryAfter = retryAfter;
    }

    /** How long to wait before the next call to that endpoint. */
    public Duration retryAfter() {
        return retryAfter;
    }
}

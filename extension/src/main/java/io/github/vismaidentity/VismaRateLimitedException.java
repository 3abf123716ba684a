package io.github.vismaidentity;

import java.time.Duration;

/**
 * The eAccounting API answered HTTP 429 ({@code ErrorCode} 4010: 600 requests per minute per client and
 * endpoint). {@link #retryAfter()} is how long Visma asked to wait.
 */
public class VismaRateLimitedException extends VismaTokenException {

    private static final long serialVersionUID = 1L;

    /** How long Visma asked to wait. */
    private final Duration retryAfter;

    /**
     * The extension throws it; applications catch it.
     *
     * @param messageId  the stable ID
     * @param message    what happened, without a token
     * @param retryAfter how long Visma asked to wait
     */
    public VismaRateLimitedException(String messageId, String message, Duration retryAfter) {
        super(messageId, message, null);
        this.retryAfter = retryAfter;
    }

    /**
     * How long to wait before the next call to that endpoint.
     *
     * @return the wait Visma asked for
     */
    public Duration retryAfter() {
        return retryAfter;
    }
}

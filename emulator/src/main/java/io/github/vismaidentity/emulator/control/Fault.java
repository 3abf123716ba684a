package io.github.vismaidentity.emulator.control;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure the emulator injects into the next requests of an endpoint, to prove how a client
 * behaves when Visma is slow, broken, or answers into the void.
 *
 * @see io.github.vismaidentity.emulator.EmulatorControl#injectFault(Endpoint, Fault, int)
 */
public sealed interface Fault {

    /** Waits before handling the request, then handles it normally. */
    record Delay(Duration duration) implements Fault {
        public Delay {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative()) {
                throw new IllegalArgumentException("A delay cannot be negative: " + duration);
            }
        }
    }

    /** Answers HTTP 500 with an HTML page (as a failing load balancer would) without handling the request. */
    record ServerError() implements Fault {
    }

    /**
     * Handles the request completely (a refresh token is rotated, a code spent), then closes the
     * connection without sending a response: the client never learns the new tokens.
     */
    record DropResponse() implements Fault {
    }

    /** Handles the request completely, then sends only the first half of the response body. */
    record TruncateResponse() implements Fault {
    }

    static Fault delay(Duration duration) {
        return new Delay(duration);
    }

    static Fault serverError() {
        return new ServerError();
    }

    static Fault dropResponse() {
        return new DropResponse();
    }

    static Fault truncateResponse() {
        return new TruncateResponse();
    }
}

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

    /**
     * Handles the request completely, sends the status line, the headers (with the full
     * {@code Content-Length}) and the first half of the body, then sends nothing for {@code stall}, and
     * closes the connection: a proxy or server that hangs in the middle of its answer. A client whose
     * timeout stops at the headers waits the whole stall.
     */
    record StallBody(Duration stall) implements Fault {
        public StallBody {
            Objects.requireNonNull(stall, "stall");
            if (stall.isNegative()) {
                throw new IllegalArgumentException("A stall cannot be negative: " + stall);
            }
        }
    }

    /**
     * Handles the request completely, then sends its answer followed by spaces up to {@code bytes} in all
     * (still valid JSON or HTML): a client that reads answers without a size limit takes it all in.
     */
    record OversizedBody(long bytes) implements Fault {
        public OversizedBody {
            if (bytes < 1) {
                throw new IllegalArgumentException("An oversized body needs at least one byte, not " + bytes);
            }
        }
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

    static Fault stallBody(Duration stall) {
        return new StallBody(stall);
    }

    static Fault oversizedBody(long bytes) {
        return new OversizedBody(bytes);
    }
}

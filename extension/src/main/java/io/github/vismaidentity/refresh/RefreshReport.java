package io.github.vismaidentity.refresh;

import static io.github.vismaidentity.VismaIdentityDefinition.CLIENT_ID;

import io.github.vismaidentity.VismaTokenException;
import io.github.vismaidentity.VismaTransientException;
import io.github.vismaidentity.observe.Observer;
import io.github.vismaidentity.observe.RefreshOutcome;
import io.github.vismaidentity.observe.RefreshOutcome.Kind;
import io.github.vismaidentity.store.TokenSetKey;

import java.time.Duration;

/**
 * Times one refresh of one token set and tells the {@link Observer} how it ended, once its transaction ended:
 * {@link #ended} is called only after {@code inNewTransaction} returned or threw, so nothing rolled back is ever
 * reported as done, and it only keeps the outcome; {@link #send()} tells it, once {@link TokenRefresher} has let
 * go of the refresh, so that an observer on the same thread that asks for the same set's token does not wait for
 * itself. The duration is taken from {@link System#nanoTime()}, which tests cannot fix as they fix the clock; it
 * counts the row lock, Visma's answer and any rewrite from memory.
 */
final class RefreshReport {

    private final Observer observer;
    private final TokenSetKey key;
    private final long started = System.nanoTime();
    private volatile String companyName = "";
    private volatile RefreshOutcome outcome;

    RefreshReport(Observer observer, TokenSetKey key) {
        this.observer = observer;
        this.key = key;
    }

    /** The company's name as the locked row holds it, for the report. */
    void found(String storedName) {
        companyName = storedName == null ? "" : storedName;
    }

    void ended(Kind kind, String messageId, String reason) {
        outcome = new RefreshOutcome(key, companyName, kind, messageId, reason,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** Tells the observer how the refresh ended; nothing when it did not get as far as an outcome. */
    void send() {
        RefreshOutcome ended = outcome;
        if (ended != null) {
            observer.refreshEnded(ended);
        }
    }

    /** Reports a refresh that changed nothing, and gives back the exception for the caller. */
    VismaTokenException failed(VismaTokenException failure) {
        if (RefreshFailures.clientRefused(failure)) {
            ended(Kind.REFUSED, failure.messageId(), "Visma refused this application's client credentials: check "
                    + CLIENT_ID + ", client-secret and client-auth.");
        } else {
            ended(Kind.FAILED, failure.messageId(), failure instanceof VismaTransientException
                    ? "Visma or the token store could not be reached."
                    : "An operator must act: see the log for this message ID.");
        }
        return failure;
    }
}

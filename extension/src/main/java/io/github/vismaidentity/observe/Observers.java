package io.github.vismaidentity.observe;

import io.github.vismaidentity.store.TokenSetKey;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Several observers as one, each guarded: an observer that throws is logged and skipped, so what the extension
 * already committed is never reported as failed to its caller, and the next observer still hears of it.
 */
public final class Observers implements Observer {

    private static final Logger LOG = Logger.getLogger(Observers.class.getName());

    private final List<Observer> observers;

    private Observers(List<Observer> observers) {
        this.observers = observers;
    }

    /** One observer that tells each of these, in order. */
    public static Observer all(Observer... observers) {
        return new Observers(List.of(observers));
    }

    @Override
    public void signedIn(TokenSetKey key, String companyName) {
        each(observer -> observer.signedIn(key, companyName));
    }

    @Override
    public void signInFailed(String messageId, int status) {
        each(observer -> observer.signInFailed(messageId, status));
    }

    @Override
    public void refreshEnded(RefreshOutcome outcome) {
        each(observer -> observer.refreshEnded(outcome));
    }

    @Override
    public void disconnected(TokenSetKey key, String companyName, boolean revoked) {
        each(observer -> observer.disconnected(key, companyName, revoked));
    }

    @Override
    public void tokenEndpointError(String kind) {
        each(observer -> observer.tokenEndpointError(kind));
    }

    @Override
    public void rateLimitWaited(Duration waited) {
        each(observer -> observer.rateLimitWaited(waited));
    }

    @Override
    public void rateLimitRefused(Duration asked) {
        each(observer -> observer.rateLimitRefused(asked));
    }

    private void each(Consumer<Observer> call) {
        for (Observer observer : observers) {
            try {
                call.accept(observer);
            } catch (RuntimeException e) {
                // Only the type: an observer's message could quote anything it was given.
                LOG.log(Level.WARNING, "An observer of the Visma connections failed ({0}); the extension goes on.",
                        e.getClass().getName());
            }
        }
    }
}

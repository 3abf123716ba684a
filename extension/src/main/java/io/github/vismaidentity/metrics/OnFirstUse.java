package io.github.vismaidentity.metrics;

import io.github.vismaidentity.observe.Observer;
import io.github.vismaidentity.observe.RefreshOutcome;
import io.github.vismaidentity.store.TokenSetKey;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An observer made on its first report, not before: the server's {@code OpenTelemetry} is a bean of the
 * application, which does not exist yet when the extension reads its configuration.
 */
final class OnFirstUse implements Observer {

    /** Logged once when the metrics cannot be set up; the extension goes on without them. */
    static final String NOT_SET_UP = "VISMAID6020";

    private static final Logger LOG = Logger.getLogger(OnFirstUse.class.getName());

    private final Supplier<Observer> make;
    private volatile Observer made;

    OnFirstUse(Supplier<Observer> make) {
        this.make = make;
    }

    private Observer observer() {
        Observer known = made;
        if (known == null) {
            synchronized (this) {
                if (made == null) {
                    made = attempt();
                }
                known = made;
            }
        }
        return known;
    }

    private Observer attempt() {
        try {
            return make.get();
        } catch (RuntimeException | LinkageError e) {
            // Once, and for good: trying again on every report would log on every request.
            LOG.log(Level.WARNING, NOT_SET_UP + ": The extension's metrics could not be set up ({0}); it records "
                    + "none until the application is deployed again. The server's OpenTelemetry API may be older "
                    + "than its stable metrics API (1.14).", e.toString());
            return Observer.NONE;
        }
    }

    @Override
    public void signedIn(TokenSetKey key, String companyName) {
        observer().signedIn(key, companyName);
    }

    @Override
    public void signInFailed(String messageId, int status) {
        observer().signInFailed(messageId, status);
    }

    @Override
    public void refreshEnded(RefreshOutcome outcome) {
        observer().refreshEnded(outcome);
    }

    @Override
    public void disconnected(TokenSetKey key, String companyName, boolean revoked) {
        observer().disconnected(key, companyName, revoked);
    }

    @Override
    public void tokenEndpointError(String kind) {
        observer().tokenEndpointError(kind);
    }

    @Override
    public void rateLimitWaited(Duration waited) {
        observer().rateLimitWaited(waited);
    }

    @Override
    public void rateLimitRefused(Duration asked) {
        observer().rateLimitRefused(asked);
    }
}

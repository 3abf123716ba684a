package io.github.vismaidentity.events;

import io.github.vismaidentity.VismaConnectionEvent;
import io.github.vismaidentity.observe.Observer;
import io.github.vismaidentity.observe.RefreshOutcome;
import io.github.vismaidentity.store.TokenSetKey;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.BeanManager;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * The application's {@link VismaConnectionEvent}s: what the extension reports, turned into CDI events and fired to
 * asynchronous observers first, then to synchronous ones on the calling thread. Neither kind of observer can
 * undo or fail what caused the event: it is already committed when the extension reports it.
 */
public final class ConnectionEvents implements Observer {

    private static final Logger LOG = Logger.getLogger(ConnectionEvents.class.getName());

    private final BeanManager beans;
    private final Clock clock;

    /**
     * @param beans the application's bean manager: its {@code getEvent()} is taken at each event, once the
     *              container is up
     * @param clock the time each event carries
     */
    public ConnectionEvents(BeanManager beans, Clock clock) {
        this.beans = beans;
        this.clock = clock;
    }

    @Override
    public void signedIn(TokenSetKey key, String companyName) {
        fire(new VismaConnectionEvent.Connected(key.clientId(), key.subject(), key.companyId(), text(companyName),
                clock.instant()));
    }

    /**
     * Only what changed the connection, or needs an operator: a refresh another node did ({@code REUSED}) was
     * fired there, and a connection found already marked ({@code NOT_USABLE}) was fired when it was marked, or
     * an application mailing its customer would mail on every request.
     */
    @Override
    public void refreshEnded(RefreshOutcome outcome) {
        TokenSetKey key = outcome.key();
        switch (outcome.kind()) {
            case REFRESHED -> fire(new VismaConnectionEvent.Refreshed(key.clientId(), key.subject(), key.companyId(),
                    outcome.companyName(), clock.instant()));
            case MARKED -> fire(new VismaConnectionEvent.ReauthenticationRequired(key.clientId(), key.subject(),
                    key.companyId(), outcome.companyName(), outcome.messageId(), outcome.reason(), clock.instant()));
            case REFUSED -> fire(new VismaConnectionEvent.Refused(key.clientId(), key.subject(), key.companyId(),
                    outcome.companyName(), outcome.messageId(), outcome.reason(), clock.instant()));
            case REUSED, NOT_USABLE, FAILED -> {
                // Nothing changed here that the application has not heard of: see the method's javadoc.
            }
        }
    }

    @Override
    public void disconnected(TokenSetKey key, String companyName, boolean revoked) {
        fire(new VismaConnectionEvent.Disconnected(key.clientId(), key.subject(), key.companyId(), text(companyName),
                revoked, clock.instant()));
    }

    /** The events never carry null: a name the store does not know is empty. */
    private static String text(String value) {
        return value == null ? "" : value;
    }

    /**
     * Asynchronous observers first, so that a synchronous one that throws cannot keep the event from them; a
     * failure of either kind is logged by type only (an observer's message could quote anything).
     */
    private void fire(VismaConnectionEvent event) {
        Event<Object> events = beans.getEvent();
        String kind = event.getClass().getSimpleName();
        try {
            events.fireAsync(event).whenComplete((delivered, failure) -> {
                if (failure != null) {
                    // The container wraps what the observers threw: their own type says more.
                    Throwable thrown = failure.getCause() == null ? failure : failure.getCause();
                    LOG.warning(() -> "An asynchronous observer of VismaConnectionEvent." + kind + " failed ("
                            + thrown.getClass().getName() + ").");
                }
            });
        } catch (RuntimeException e) {
            LOG.warning(() -> "VismaConnectionEvent." + kind + " could not be fired asynchronously ("
                    + e.getClass().getName() + ").");
        }
        try {
            events.fire(event);
        } catch (RuntimeException e) {
            LOG.warning(() -> "An observer of VismaConnectionEvent." + kind + " failed (" + e.getClass().getName()
                    + "); what caused the event is committed all the same.");
        }
    }
}

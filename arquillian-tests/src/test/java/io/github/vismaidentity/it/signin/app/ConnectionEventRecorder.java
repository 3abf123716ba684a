package io.github.vismaidentity.it.signin.app;

import io.github.vismaidentity.VismaConnectionEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What an application's asynchronous observer of the extension's events hears, one line per event: its kind,
 * user, company, status and message ID (a dash for none), as {@link ConnectionEventsPage} lists them.
 */
@ApplicationScoped
public class ConnectionEventRecorder {

    private final List<String> heard = new CopyOnWriteArrayList<>();

    void record(@ObservesAsync VismaConnectionEvent event) {
        heard.add(String.join(" ", event.getClass().getSimpleName(), event.subject(), event.companyId(),
                event.companyName(), event.status().name(), event.messageId().isEmpty() ? "-" : event.messageId()));
    }

    List<String> heard() {
        return List.copyOf(heard);
    }
}

package io.github.vismaidentity.it.journeys;

import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.List;

import static io.github.vismaidentity.it.support.VismaPages.logIn;
import static io.github.vismaidentity.it.support.VismaPages.pick;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The extension's {@code VismaConnectionEvent}s reach the application's {@code @ObservesAsync} observer on the
 * server under test (the test application's {@code ConnectionEventRecorder}, listed by
 * {@code /test/connection-events}): Connected after a sign-in, Disconnected after a disconnect, each with the user
 * and the company.
 */
public abstract class ConnectionEventJourneys extends SignInJourneys {

    private static final Duration DELIVERY = Duration.ofSeconds(20);

    @Test
    void theApplicationsAsyncObserverHearsOfTheSignInAsConnectedAndOfTheDisconnectAsDisconnected() throws Exception {
        int before = events().size();
        HtmlPage page = pick(logIn(open("visma/signin?login=true&pick-company=true&return=/" + CONTEXT
                + "/protected/page"), "demo"), "Demo Norge AS");
        String who = text(page, "subject") + " " + text(page, "company-id") + " Demo Norge AS";

        await().atMost(DELIVERY).untilAsserted(() -> assertThat(eventsSince(before))
                .containsExactly("Connected " + who + " ACTIVE -"));
        int beforeDisconnect = events().size();
        String answer = browser.getPage(new WebRequest(new URL(app, "protected/disconnect"), HttpMethod.POST))
                .getWebResponse().getContentAsString();

        assertThat(answer).isEqualTo("disconnected, revoked=true");
        await().atMost(DELIVERY).untilAsserted(() -> assertThat(eventsSince(beforeDisconnect))
                .containsExactly("Disconnected " + who + " REVOKED -"));
    }

    /** What the observer heard after the first {@code seen} events. */
    private List<String> eventsSince(int seen) throws IOException {
        List<String> all = events();
        return all.subList(seen, all.size());
    }

    private List<String> events() throws IOException {
        return browser.getPage(new URL(app, "test/connection-events")).getWebResponse().getContentAsString().lines()
                .toList();
    }
}

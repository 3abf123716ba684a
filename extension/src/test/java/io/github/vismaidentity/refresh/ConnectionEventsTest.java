package io.github.vismaidentity.refresh;

import io.github.vismaidentity.VismaCallerPrincipal;
import io.github.vismaidentity.VismaConfigurationException;
import io.github.vismaidentity.VismaConnection;
import io.github.vismaidentity.VismaConnectionEvent;
import io.github.vismaidentity.VismaConnectionEvent.Connected;
import io.github.vismaidentity.VismaConnectionEvent.Disconnected;
import io.github.vismaidentity.VismaConnectionEvent.ReauthenticationRequired;
import io.github.vismaidentity.VismaConnectionEvent.Refreshed;
import io.github.vismaidentity.VismaConnectionEvent.Refused;
import io.github.vismaidentity.VismaReauthenticationRequiredException;
import io.github.vismaidentity.VismaTransientException;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.events.ConnectionEvents;
import io.github.vismaidentity.observe.Observer;
import io.github.vismaidentity.observe.Observers;
import io.github.vismaidentity.protocol.SignInFailure;
import io.github.vismaidentity.protocol.SignInOptions;
import io.github.vismaidentity.store.TokenSet;
import io.github.vismaidentity.support.CapturedLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The application's {@link VismaConnectionEvent}s in a real CDI container (Weld SE), fired from real sign-ins,
 * refreshes and disconnects against the emulator and a real database: each with its payload, to synchronous and
 * asynchronous observers, only after the transaction that caused it committed, and a throwing observer changes
 * nothing.
 */
class ConnectionEventsTest extends EmulatorTestBase {

    private static final Instant NOW = Instant.parse("2026-12-02T10:15:30Z");

    /** An application bean observing every event on the firing thread; it throws when told to. */
    @ApplicationScoped
    static class SyncRecorder {
        private final List<VismaConnectionEvent> events = new CopyOnWriteArrayList<>();
        private volatile boolean failing;

        void record(@Observes VismaConnectionEvent event) {
            events.add(event);
            if (failing) {
                throw new IllegalStateException("the application's observer failed");
            }
        }

        // Through methods: the test holds the container's proxy, whose own fields are not the bean's.
        List<VismaConnectionEvent> events() {
            return events;
        }

        void failFromNowOn() {
            failing = true;
        }
    }

    /** An application bean observing every event asynchronously, as one that sends mail should. */
    @ApplicationScoped
    static class AsyncRecorder {
        private final List<VismaConnectionEvent> events = new CopyOnWriteArrayList<>();

        void record(@ObservesAsync VismaConnectionEvent event) {
            events.add(event);
        }

        List<VismaConnectionEvent> events() {
            return events;
        }
    }

    private RefreshFixture fixture;
    private WeldContainer container;
    private Observer observer;

    @BeforeEach
    void start() {
        fixture = new RefreshFixture(emulator, browser);
        container = new Weld().disableDiscovery().addBeanClasses(SyncRecorder.class, AsyncRecorder.class).initialize();
        // As VismaIdentity wires it: the events first in the guarded composite.
        observer = Observers.all(new ConnectionEvents(container.getBeanManager(), Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterEach
    void stop() {
        container.close();
    }

    @Test
    void aSignInFiresConnectedWithTheUserTheCompanyAndTheTimeToSyncAndAsyncObservers() {
        VismaCallerPrincipal caller = fixture.signIns(observer, 0).signIn("demo", "Demo Norge AS", new SignInOptions(true, true));

        Connected expected = new Connected("demo-client", caller.getSubject(), caller.getCompanyId(), "Demo Norge AS",
                NOW);
        assertThat(sync()).containsExactly(expected);
        assertThat(expected.status()).isEqualTo(VismaConnection.Status.ACTIVE);
        assertThat(expected.messageId()).isEmpty();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(async()).containsExactly(expected));
    }

    @Test
    void aSignInWhoseTokensWereNotCommittedFiresNothing() {
        assertThatThrownBy(() -> fixture.signIns(observer, 1).signIn("demo", "Demo AB", SignInOptions.standard()))
                .isInstanceOf(SignInFailure.class);

        assertThat(sync()).isEmpty();
        assertThat(async()).isEmpty();
    }

    @Test
    void aRefreshFiresRefreshedAndNoEventHoldsAToken() {
        fixture.expire();

        TokenSet refreshed = fixture.observed(observer).validTokenSet(fixture.key);

        Refreshed expected = new Refreshed("demo-client", fixture.key.subject(), fixture.key.companyId(), "Demo AB",
                NOW);
        assertThat(sync()).containsExactly(expected);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(async()).containsExactly(expected));
        assertThat(expected.toString()).doesNotContain(refreshed.accessToken(), refreshed.refreshToken());
    }

    @Test
    void aRefreshAnotherNodeDidFiresNothingHere() {
        fixture.expire();
        fixture.node().validTokenSet(fixture.key);

        fixture.observed(observer).validTokenSet(fixture.key);

        assertThat(sync()).isEmpty();
    }

    @Test
    void aRefusedRefreshTokenFiresReauthenticationRequiredOnceAndNotForEachLaterCall() {
        emulator.control().revokeAllTokensOf("demo");
        fixture.expire();
        TokenRefresher node = fixture.observed(observer);

        for (int call = 0; call < 3; call++) {
            assertThatThrownBy(() -> node.validTokenSet(fixture.key))
                    .isInstanceOf(VismaReauthenticationRequiredException.class);
        }

        assertThat(sync()).singleElement().isInstanceOfSatisfying(ReauthenticationRequired.class, event -> {
            assertThat(event.subject()).isEqualTo(fixture.key.subject());
            assertThat(event.companyId()).isEqualTo(fixture.key.companyId());
            assertThat(event.companyName()).isEqualTo("Demo AB");
            assertThat(event.status()).isEqualTo(VismaConnection.Status.REAUTHENTICATION_REQUIRED);
            assertThat(event.messageId()).isEqualTo(LockedRefresh.REAUTHENTICATE);
            assertThat(event.reason()).contains("invalid_grant");
            assertThat(event.time()).isEqualTo(NOW);
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(async()).isEqualTo(sync()));
    }

    @Test
    void aMarkThatWasRolledBackFiresNothing() {
        emulator.control().revokeAllTokensOf("demo");
        fixture.expire();
        TokenRefresher node = fixture.observed(observer, 1);

        assertThatThrownBy(() -> node.validTokenSet(fixture.key)).isInstanceOf(VismaTransientException.class);

        assertThat(sync()).isEmpty();
        assertThat(async()).isEmpty();
    }

    @Test
    void clientCredentialsVismaRefusesFireRefusedForTheOperatorWithTheConnectionStillActive() {
        fixture.expire();
        TokenRefresher misconfigured = fixture.misconfigured(observer);

        assertThatThrownBy(() -> misconfigured.validTokenSet(fixture.key))
                .isInstanceOf(VismaConfigurationException.class);

        assertThat(sync()).singleElement().isInstanceOfSatisfying(Refused.class, event -> {
            assertThat(event.messageId()).isEqualTo(LockedRefresh.MISCONFIGURED);
            assertThat(event.status()).isEqualTo(VismaConnection.Status.ACTIVE);
            assertThat(event.reason()).contains("client credentials");
            assertThat(event.toString()).doesNotContain("not-the-secret");
        });
    }

    @Test
    void aDisconnectFiresDisconnectedOnceTheDeletionCommitted() {
        fixture.observed(observer).disconnect(fixture.key);

        Disconnected expected = new Disconnected("demo-client", fixture.key.subject(), fixture.key.companyId(),
                "Demo AB", true, NOW);
        assertThat(sync()).containsExactly(expected);
        assertThat(expected.status()).isEqualTo(VismaConnection.Status.REVOKED);
        assertThat(fixture.store().find(fixture.key)).as("deleted before the event").isEmpty();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(async()).containsExactly(expected));
    }

    @Test
    void aThrowingSyncObserverLeavesTheRefreshDoneAndTheAsyncObserverStillHearsOfIt() {
        container.select(SyncRecorder.class).get().failFromNowOn();
        fixture.expire();
        long version = fixture.store().find(fixture.key).orElseThrow().version();

        try (CapturedLog log = CapturedLog.of(ConnectionEvents.class)) {
            TokenSet refreshed = fixture.observed(observer).validTokenSet(fixture.key);

            assertThat(refreshed.version()).isEqualTo(version + 1);
            assertThat(log.warnings()).anySatisfy(message -> assertThat(message)
                    .contains("VismaConnectionEvent.Refreshed", IllegalStateException.class.getName())
                    .doesNotContain("the application's observer failed"));
        }
        assertThat(fixture.store().find(fixture.key).orElseThrow().version()).isEqualTo(version + 1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(async()).singleElement()
                .isInstanceOf(Refreshed.class));
    }

    private List<VismaConnectionEvent> sync() {
        return container.select(SyncRecorder.class).get().events();
    }

    private List<VismaConnectionEvent> async() {
        return container.select(AsyncRecorder.class).get().events();
    }
}

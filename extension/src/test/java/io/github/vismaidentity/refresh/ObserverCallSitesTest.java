package io.github.vismaidentity.refresh;

import io.github.vismaidentity.VismaCallerPrincipal;
import io.github.vismaidentity.VismaConfigurationException;
import io.github.vismaidentity.VismaReauthenticationRequiredException;
import io.github.vismaidentity.VismaTransientException;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.control.Fault;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.mechanism.SignInCompletion;
import io.github.vismaidentity.observe.Observer;
import io.github.vismaidentity.observe.RefreshOutcome;
import io.github.vismaidentity.observe.RefreshOutcome.Kind;
import io.github.vismaidentity.protocol.SignInFailure;
import io.github.vismaidentity.protocol.SignInOptions;
import io.github.vismaidentity.store.TokenSet;
import io.github.vismaidentity.store.TokenSetKey;
import io.github.vismaidentity.store.TokenSetStatus;
import io.github.vismaidentity.support.RecordingObserver;
import io.github.vismaidentity.support.SignInHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every place the extension reports to its {@code Observer} is reached, with what it reports, after the
 * transaction that caused it ended: refreshes of every outcome, disconnects, sign-ins and the token endpoint's
 * errors. (The mechanism's refusals and the Bearer filter's 429s are in their packages' tests.)
 */
class ObserverCallSitesTest extends EmulatorTestBase {

    private RefreshFixture fixture;
    private final RecordingObserver observer = new RecordingObserver();

    @BeforeEach
    void signIn() {
        fixture = new RefreshFixture(emulator, browser);
    }

    @Test
    void aRefreshThatRedeemedTheTokenIsReportedRefreshedWithTheCompanyAndItsDuration() {
        fixture.expire();

        fixture.observed(observer).validTokenSet(fixture.key);

        assertThat(observer.refreshes).singleElement().satisfies(outcome -> {
            assertThat(outcome.key()).isEqualTo(fixture.key);
            assertThat(outcome.kind()).isEqualTo(Kind.REFRESHED);
            assertThat(outcome.companyName()).isEqualTo("Demo AB");
            assertThat(outcome.messageId()).isEmpty();
            assertThat(outcome.duration()).isPositive();
        });
        assertThat(observer.calls).containsExactly("refreshEnded REFRESHED ");
    }

    @Test
    void aSetAnotherNodeAlreadyRefreshedIsReportedReused() {
        fixture.expire();
        fixture.node().validTokenSet(fixture.key);

        fixture.observed(observer).validTokenSet(fixture.key);

        assertThat(observer.calls).containsExactly("refreshEnded REUSED ");
        assertThat(emulator.control().count(Counter.REFRESH_TOKEN_GRANTS)).isEqualTo(1);
    }

    @Test
    void aRefusedRefreshTokenIsReportedMarkedOnceThenNotUsableWithoutAnotherTokenCall() {
        emulator.control().revokeAllTokensOf("demo");
        fixture.expire();
        TokenRefresher node = fixture.observed(observer);

        assertThatThrownBy(() -> node.validTokenSet(fixture.key))
                .isInstanceOf(VismaReauthenticationRequiredException.class);
        assertThatThrownBy(() -> fixture.observed(observer).validTokenSet(fixture.key))
                .isInstanceOf(VismaReauthenticationRequiredException.class);

        assertThat(observer.calls).containsExactly("tokenEndpointError invalid_grant",
                "refreshEnded MARKED " + LockedRefresh.REAUTHENTICATE,
                "refreshEnded NOT_USABLE " + LockedRefresh.REAUTHENTICATE);
        assertThat(observer.refreshes.get(0).reason()).contains("invalid_grant", "password");
        assertThat(observer.refreshes.get(0).companyName()).isEqualTo("Demo AB");
    }

    @Test
    void aCompanyNeverConnectedIsReportedNotUsableWithoutACompanyName() {
        TokenSetKey other = new TokenSetKey(fixture.key.clientId(), fixture.key.subject(), "never-connected");

        assertThatThrownBy(() -> fixture.observed(observer).validTokenSet(other))
                .isInstanceOf(VismaReauthenticationRequiredException.class);

        assertThat(observer.refreshes).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo(Kind.NOT_USABLE);
            assertThat(outcome.messageId()).isEqualTo(LockedRefresh.NOT_CONNECTED);
            assertThat(outcome.companyName()).isEmpty();
        });
    }

    @Test
    void clientCredentialsVismaRefusesAreReportedRefusedAndAsTheTokenEndpointsInvalidClient() {
        fixture.expire();
        TokenRefresher misconfigured = fixture.misconfigured(observer);

        assertThatThrownBy(() -> misconfigured.validTokenSet(fixture.key))
                .isInstanceOf(VismaConfigurationException.class);

        assertThat(observer.calls).containsExactly("tokenEndpointError invalid_client",
                "refreshEnded REFUSED " + LockedRefresh.MISCONFIGURED);
        assertThat(observer.refreshes.get(0).reason()).contains("client credentials").doesNotContain("not-the-secret");
    }

    @Test
    void aServerErrorThenAnAnswerCutShortAreReportedByKindAndTheRefreshFailed() {
        fixture.expire();
        emulator.control().injectFault(Endpoint.TOKEN, Fault.serverError(), 1);
        emulator.control().injectFault(Endpoint.TOKEN, Fault.truncateResponse(), 1);

        assertThatThrownBy(() -> fixture.observed(observer).validTokenSet(fixture.key))
                .isInstanceOf(VismaTransientException.class);

        assertThat(observer.calls).containsExactly("tokenEndpointError server_error", "tokenEndpointError malformed",
                "refreshEnded FAILED " + LockedRefresh.FAILED);
    }

    @Test
    void answersLostOnTheWayAreReportedUnreachable() {
        fixture.expire();
        emulator.control().injectFault(Endpoint.TOKEN, Fault.dropResponse(), 2);

        assertThatThrownBy(() -> fixture.observed(observer).validTokenSet(fixture.key))
                .isInstanceOf(VismaTransientException.class);

        assertThat(observer.calls).containsExactly("tokenEndpointError unreachable", "tokenEndpointError unreachable",
                "refreshEnded FAILED " + LockedRefresh.FAILED);
    }

    @Test
    void aMarkWhoseCommitFailedIsReportedFailedNotMarked() {
        emulator.control().revokeAllTokensOf("demo");
        fixture.expire();
        TokenRefresher node = fixture.observed(observer, 1);

        assertThatThrownBy(() -> node.validTokenSet(fixture.key)).isInstanceOf(VismaTransientException.class);

        assertThat(observer.calls).containsExactly("tokenEndpointError invalid_grant",
                "refreshEnded FAILED " + LockedRefresh.FAILED);
        assertThat(fixture.store().find(fixture.key).orElseThrow().status()).isEqualTo(TokenSetStatus.ACTIVE);
    }

    @Test
    void aRefreshWrittenAgainFromMemoryIsReportedRefreshedOnceAndOneNeverSavedMarked() {
        fixture.expire();
        fixture.observed(observer, 1).validTokenSet(fixture.key);
        fixture.expire();
        TokenRefresher neverSaved = fixture.observed(observer, 4);

        assertThatThrownBy(() -> neverSaved.validTokenSet(fixture.key))
                .isInstanceOf(VismaReauthenticationRequiredException.class);

        assertThat(observer.calls).containsExactly("refreshEnded REFRESHED ",
                "refreshEnded MARKED " + LockedRefresh.NOT_SAVED);
        assertThat(observer.refreshes).extracting(RefreshOutcome::reason).last().asString()
                .contains("could not be saved");
    }

    @Test
    void aDisconnectIsReportedAfterTheDeletionWithTheCompanyAndTheRevocationAndAnUnknownSetIsNot() {
        TokenRefresher node = fixture.observed(observer);

        assertThat(node.disconnect(fixture.key)).isTrue();
        assertThat(node.disconnect(fixture.key)).isFalse();

        assertThat(observer.calls).containsExactly("disconnected " + fixture.key.subject() + " "
                + fixture.key.companyId() + " Demo AB true");
    }

    @Test
    void aSignInIsReportedOnceItsTokenSetCommittedAndASaveThatFailedIsNot() {
        SignInHarness committing = fixture.signIns(observer, 0);
        SignInHarness failing = fixture.signIns(observer, 1);

        VismaCallerPrincipal caller = committing.signIn("demo", "Demo Norge AS", new SignInOptions(true, true));
        assertThatThrownBy(() -> failing.signIn("demo", "Demo AB", SignInOptions.standard()))
                .isInstanceOfSatisfying(SignInFailure.class,
                        failure -> assertThat(failure.id()).isEqualTo(SignInCompletion.NOT_SAVED));

        assertThat(observer.calls).containsExactly("signedIn " + caller.getSubject() + " " + caller.getCompanyId()
                + " Demo Norge AS");
    }

    @Test
    void anObserverThatAsksForTheSameSetsTokenGetsTheRefreshedOneAtOnceNotItsOwnRefreshToWaitFor() {
        fixture.expire();
        List<Object> heard = new CopyOnWriteArrayList<>();
        AtomicReference<TokenRefresher> node = new AtomicReference<>();
        node.set(fixture.observed(new Observer() {
            @Override
            public void refreshEnded(RefreshOutcome outcome) {
                heard.add(node.get().validTokenSet(outcome.key()));
            }
        }));

        TokenSet refreshed = node.get().validTokenSet(fixture.key);

        assertThat(heard).containsExactly(refreshed);
        assertThat(emulator.control().count(Counter.REFRESH_TOKEN_GRANTS)).isEqualTo(1);
    }

    @Test
    void anObserverThatAsksForADisconnectedSetsTokenIsToldToSignInNotHandedTheCachedOne() {
        List<Object> heard = new CopyOnWriteArrayList<>();
        AtomicReference<TokenRefresher> node = new AtomicReference<>();
        node.set(fixture.observed(new Observer() {
            @Override
            public void disconnected(TokenSetKey key, String companyName, boolean revoked) {
                try {
                    heard.add(node.get().validTokenSet(key));
                } catch (VismaReauthenticationRequiredException e) {
                    heard.add(e.messageId());
                }
            }
        }));
        node.get().validTokenSet(fixture.key);

        node.get().disconnect(fixture.key);

        assertThat(heard).containsExactly(LockedRefresh.NOT_CONNECTED);
    }
}

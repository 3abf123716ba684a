package io.github.vismaidentity.store;

import io.github.vismaidentity.VismaCallerPrincipal;
import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.emulator.support.TokenCalls;
import io.github.vismaidentity.protocol.AuthorizationRedirect;
import io.github.vismaidentity.protocol.CallbackValidator;
import io.github.vismaidentity.protocol.SignInFailure;
import io.github.vismaidentity.protocol.SignInOptions;
import io.github.vismaidentity.support.MutableClock;
import io.github.vismaidentity.support.SignInHarness;
import io.github.vismaidentity.support.TestSettings;
import io.github.vismaidentity.support.databases.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A callback that comes again (a reload during a slow callback, a retried request, a captured cookie) never
 * reaches the token endpoint: IdentityServer, and the emulator, revoke every token of a code redeemed twice,
 * which would kill the token set the first callback just stored. Used states are rows in the shared database.
 */
class ReplayedCallbackTest extends EmulatorTestBase {

    private final DataSource dataSource = TestDatabase.current().fresh();
    private final MutableClock clock = new MutableClock();
    private TokenSetStore store;
    private VismaIdentitySettings settings;

    @BeforeEach
    void wire() {
        store = new TokenSetStore(dataSource, TokenCipher.plaintext(), clock);
        settings = TestSettings.forEmulator(emulator).build();
    }

    @Test
    void aCallbackThatComesAgainOnThisOrAnotherNodeRedeemsNoSecondCodeAndTheStoredSetStaysActiveAndUsable() {
        SignInHarness node = node();
        SignInHarness otherNode = node();
        AuthorizationRedirect.Start start = node.start(SignInOptions.standard());
        URI callback = node.callback(start, "demo", "Demo AB");
        long tokenCalls = emulator.control().requests(Endpoint.TOKEN);

        VismaCallerPrincipal caller = node.completion.complete(callback, Optional.of(start.pending()));

        assertReplayRefused(node, callback, start);
        assertReplayRefused(node, callback, start);
        assertReplayRefused(otherNode, callback, start);
        assertRedeemedOnce(tokenCalls);
        assertStoredSetActiveAndUsable(caller);
    }

    @Test
    void twoCallbacksAtOnceRedeemTheCodeOnce() throws Exception {
        SignInHarness node = node();
        AuthorizationRedirect.Start start = node.start(SignInOptions.standard());
        URI callback = node.callback(start, "demo", "Demo AB");
        long tokenCalls = emulator.control().requests(Endpoint.TOKEN);
        CountDownLatch go = new CountDownLatch(1);
        Callable<Object> complete = () -> {
            go.await();
            try {
                return node.completion.complete(callback, Optional.of(start.pending()));
            } catch (SignInFailure failure) {
                return failure.id();
            }
        };
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> outcomes = List.of(threads.submit(complete), threads.submit(complete),
                    threads.submit(complete), threads.submit(complete));
            go.countDown();
            List<Object> results = outcomes.stream().map(ReplayedCallbackTest::get).toList();

            assertThat(results).filteredOn(VismaCallerPrincipal.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(String.class::isInstance).hasSize(3)
                    .containsOnly(CallbackValidator.REPLAYED);
            assertRedeemedOnce(tokenCalls);
            assertStoredSetActiveAndUsable((VismaCallerPrincipal) results.stream()
                    .filter(VismaCallerPrincipal.class::isInstance).findFirst().orElseThrow());
        } finally {
            threads.shutdownNow();
        }
    }

    /** One node: its own graph, the emulator's HTTP, and the shared Derby database for tokens and used states. */
    private SignInHarness node() {
        ConsumedStates usedStates = new ConsumedStates(dataSource, new LocalTransactions(dataSource), clock);
        return new SignInHarness(emulator, browser, settings,
                signedIn -> store.save(key(signedIn.claims().getSubject().getValue(), signedIn.company().id()),
                        signedIn.company().name(), signedIn.tokens().accessToken(), signedIn.tokens().refreshToken(),
                        signedIn.tokens().accessExpiresAt(), signedIn.tokens().scope().toString()),
                (state, until) -> usedStates.firstUse(state.getValue(), until));
    }

    private TokenSetKey key(String subject, String companyId) {
        return new TokenSetKey(settings.clientId().getValue(), subject, companyId);
    }

    private static void assertReplayRefused(SignInHarness node, URI callback, AuthorizationRedirect.Start start) {
        assertThatThrownBy(() -> node.completion.complete(callback, Optional.of(start.pending())))
                .isInstanceOfSatisfying(SignInFailure.class, failure -> {
                    assertThat(failure.id()).isEqualTo(CallbackValidator.REPLAYED);
                    assertThat(failure.status()).isEqualTo(400);
                });
    }

    private void assertRedeemedOnce(long tokenCallsBefore) {
        assertThat(emulator.control().requests(Endpoint.TOKEN)).as("token endpoint calls")
                .isEqualTo(tokenCallsBefore + 1);
        assertThat(emulator.control().count(Counter.AUTHORIZATION_CODE_REUSES)).isZero();
    }

    private void assertStoredSetActiveAndUsable(VismaCallerPrincipal caller) {
        TokenSet stored = store.find(key(caller.getSubject(), caller.getCompanyId())).orElseThrow();
        assertThat(stored.status()).isEqualTo(TokenSetStatus.ACTIVE);
        assertThat(new TokenCalls(emulator, browser).refresh(stored.refreshToken()).statusCode())
                .as("Visma still takes the stored refresh token").isEqualTo(200);
    }

    private static Object get(Future<Object> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

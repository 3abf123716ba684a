package io.github.vismaidentity.client;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaRateLimitedException;
import io.github.vismaidentity.VismaReauthenticationRequiredException;
import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.emulator.EmulatorBuilder;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.refresh.RefreshingTokensFactory;
import io.github.vismaidentity.support.RecordingObserver;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Bearer filter on a real JAX-RS client (Jersey, as in Payara) against the emulator's API. */
class VismaBearerFilterTest extends EmulatorTestBase {

    private RefreshingTokensFactory.Signed signed;
    private Client client;
    private final List<Client> clients = new ArrayList<>();
    /** What the filters of {@link #clientWaitingAtMost} report. */
    private final RecordingObserver observer = new RecordingObserver();

    @BeforeEach
    void signInAndBuildTheClient() {
        signed = RefreshingTokensFactory.signIn(emulator, browser);
        VismaTokens tokens = signed.tokens();
        client = ClientBuilder.newClient().register(VismaBearerFilter.forCompany(tokens, signed.companyId()));
    }

    @Override
    protected EmulatorBuilder configure(EmulatorBuilder builder) {
        return builder.clock(Clock.fixed(Instant.now(), ZoneOffset.UTC));
    }

    @AfterEach
    void closeClients() {
        client.close();
        clients.forEach(Client::close);
    }

    @Test
    void callsTheApiWithTheBearerToken() {
        try (Response response = client.target(emulator.apiBaseUri().resolve("/v2/companysettings")).request().get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.readEntity(String.class)).contains("Demo AB");
        }
    }

    @Test
    void aTokenTheApiRefusesIsReplacedOnceAndTheCallRepeated() {
        refuseTheCurrentAccessTokens();
        long calls = emulator.control().requests(Endpoint.API_COMPANY_SETTINGS);

        try (Response response = client.target(emulator.apiBaseUri().resolve("/v2/companysettings")).request().get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.readEntity(String.class)).contains("Demo AB");
        }
        assertThat(emulator.control().count(Counter.REFRESH_TOKEN_GRANTS)).isEqualTo(1);
        assertThat(emulator.control().requests(Endpoint.API_COMPANY_SETTINGS) - calls).isEqualTo(2);
    }

    @Test
    void whenTheNewTokenCannotBeHadTheCallerLearnsTheUserMustSignInAgain() {
        emulator.control().revokeAllTokensOf("demo");
        long calls = emulator.control().requests(Endpoint.API_COMPANY_SETTINGS);

        assertThatThrownBy(() -> client.target(emulator.apiBaseUri().resolve("/v2/companysettings")).request().get())
                .isInstanceOf(ProcessingException.class)
                .hasCauseInstanceOf(VismaReauthenticationRequiredException.class);
        assertThat(emulator.control().requests(Endpoint.API_COMPANY_SETTINGS) - calls).as("no loop").isEqualTo(1);
    }

    /** Two key rotations: Visma no longer knows the key our (locally still fresh) access token is signed with. */
    private void refuseTheCurrentAccessTokens() {
        emulator.control().rotateSigningKey();
        emulator.control().rotateSigningKey();
    }

    @Test
    void aWaitWithinTheBoundIsSatOutExactlyAsAskedReportedAndTheCallSentOnceMore() {
        useUpTheLimitOfUsers();
        long calls = emulator.control().requests(Endpoint.API_USERS);
        List<Duration> slept = new ArrayList<>();
        Client waiting = clientWaitingAtMost(Duration.ofSeconds(60), wait -> {
            slept.add(wait);
            emulator.control().advanceClock(wait);
        });

        try (Response response = waiting.target(users()).request().get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.readEntity(String.class)).contains("IsCurrentUser");
        }
        assertThat(slept).containsExactly(Duration.ofSeconds(60));
        assertThat(emulator.control().requests(Endpoint.API_USERS) - calls).isEqualTo(2);
        assertThat(emulator.control().count(Counter.RATE_LIMITED_API_CALLS)).isEqualTo(1);
        assertThat(observer.calls).containsExactly("rateLimitWaited PT1M");
    }

    @Test
    void limitedAgainAfterTheWaitTheCallFailsWithTheWaitVismaAskedForAndBothAreReported() {
        useUpTheLimitOfUsers();
        long calls = emulator.control().requests(Endpoint.API_USERS);
        List<Duration> slept = new ArrayList<>();
        Client waiting = clientWaitingAtMost(Duration.ofSeconds(60), slept::add);

        assertRateLimited(waiting, Duration.ofSeconds(60), "limited when the filter sent the call once more");
        assertThat(slept).as("one wait, no loop").containsExactly(Duration.ofSeconds(60));
        assertThat(emulator.control().requests(Endpoint.API_USERS) - calls).isEqualTo(2);
        assertThat(observer.calls).containsExactly("rateLimitWaited PT1M", "rateLimitRefused PT1M");
    }

    @Test
    void aWaitLongerThanTheBoundFailsAtOnceWithoutSleepingAndIsReportedRefused() {
        useUpTheLimitOfUsers();
        long calls = emulator.control().requests(Endpoint.API_USERS);
        List<Duration> slept = new ArrayList<>();
        Client waiting = clientWaitingAtMost(Duration.ofSeconds(59), slept::add);

        assertRateLimited(waiting, Duration.ofSeconds(60), "at most 59 seconds (visma.identity.rate-limit-max-wait)");
        assertThat(slept).isEmpty();
        assertThat(emulator.control().requests(Endpoint.API_USERS) - calls).isEqualTo(1);
        assertThat(observer.calls).containsExactly("rateLimitRefused PT1M");
    }

    @Test
    void anInterruptedWaitFailsWithTheWaitIsReportedRefusedAndLeavesTheThreadInterrupted() {
        useUpTheLimitOfUsers();
        long calls = emulator.control().requests(Endpoint.API_USERS);
        Client waiting = clientWaitingAtMost(Duration.ofSeconds(60), wait -> {
            throw new InterruptedException();
        });

        assertRateLimited(waiting, Duration.ofSeconds(60), "interrupted");
        assertThat(Thread.interrupted()).as("interrupt flag restored (and cleared here)").isTrue();
        assertThat(emulator.control().requests(Endpoint.API_USERS) - calls).isEqualTo(1);
        assertThat(observer.calls).containsExactly("rateLimitRefused PT1M");
    }

    @Test
    void aCallLimitedWhenSentAgainWithAReplacedTokenFailsWithoutWaiting() {
        useUpTheLimitOfUsers();
        refuseTheCurrentAccessTokens();
        List<Duration> slept = new ArrayList<>();
        Client waiting = clientWaitingAtMost(Duration.ofSeconds(60), slept::add);

        assertRateLimited(waiting, Duration.ofSeconds(60), "limited when the filter sent the call once more");
        assertThat(slept).isEmpty();
        assertThat(emulator.control().count(Counter.REFRESH_TOKEN_GRANTS)).isEqualTo(1);
    }

    /** Over the limit, one call per minute; the emulator's time stands still, so a 429 asks for the whole minute. */
    private void useUpTheLimitOfUsers() {
        emulator.control().rateLimitPerMinute(1);
        try (Response first = client.target(users()).request().get()) {
            assertThat(first.getStatus()).isEqualTo(200);
        }
    }

    private Client clientWaitingAtMost(Duration maxWait, Sleeper sleeper) {
        Client waiting = ClientBuilder.newClient()
                .register(VismaBearerFilter.forCompany(signed.tokens(), signed.companyId(), maxWait, sleeper, observer));
        clients.add(waiting);
        return waiting;
    }

    private void assertRateLimited(Client waiting, Duration asked, String why) {
        assertThatThrownBy(() -> waiting.target(users()).request().get())
                .isInstanceOf(ProcessingException.class)
                .cause().isInstanceOfSatisfying(VismaRateLimitedException.class, limited -> {
                    assertThat(limited.messageId()).isEqualTo(VismaBearerFilter.RATE_LIMITED);
                    assertThat(limited.retryAfter()).isEqualTo(asked);
                    assertThat(limited.getMessage()).contains(why, "wait " + asked.toSeconds() + " seconds");
                });
    }

    private URI users() {
        return emulator.apiBaseUri().resolve("/v2/users");
    }

    @Test
    void overTheRateLimitTheCallerLearnsHowLongToWait() {
        emulator.control().rateLimitPerMinute(1);
        try (Response first = client.target(emulator.apiBaseUri().resolve("/v2/users")).request().get()) {
            assertThat(first.getStatus()).isEqualTo(200);
        }

        assertThatThrownBy(() -> client.target(emulator.apiBaseUri().resolve("/v2/users")).request().get())
                .isInstanceOf(ProcessingException.class)
                .cause().isInstanceOfSatisfying(VismaRateLimitedException.class, limited -> {
                    assertThat(limited.messageId()).isEqualTo(VismaBearerFilter.RATE_LIMITED);
                    assertThat(limited.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(60));
                });
    }

    @Test
    void aTokenTheCallerSetsOnTheRequestIsSentWithoutALookupAndItsScopesAreTheGrantedOnes() {
        VismaAccessToken held = signed.tokens().forCompany(signed.companyId());
        List<String> lookups = new ArrayList<>();
        VismaTokens counting = new CountingTokens(signed.tokens(), lookups);
        Client presetOnly = ClientBuilder.newClient().register(VismaBearerFilter.forCallsWithToken(counting));
        clients.add(presetOnly);

        try (Response response = presetOnly.target(emulator.apiBaseUri().resolve("/v2/companysettings")).request()
                .property(VismaBearerFilter.TOKEN, held).get()) {
            assertThat(response.getStatus()).isEqualTo(200);
        }
        assertThat(lookups).isEmpty();
        assertThat(held.scopes()).contains("ea:api", "offline_access").doesNotContain("openid ea:api");
    }

    @Test
    void aFilterForCallsWithTheirTokenRefusesACallWithoutOne() {
        Client presetOnly = ClientBuilder.newClient().register(VismaBearerFilter.forCallsWithToken(signed.tokens()));
        clients.add(presetOnly);

        assertThatThrownBy(() -> presetOnly.target(users()).request().get())
                .isInstanceOf(ProcessingException.class)
                .cause().isInstanceOf(IllegalStateException.class).hasMessageContaining(VismaBearerFilter.TOKEN);
        assertThat(emulator.control().requests(Endpoint.API_USERS)).isZero();
    }

    /** Records every lookup, so a test sees that a preset token needed none. */
    private record CountingTokens(VismaTokens delegate, List<String> lookups) implements VismaTokens {
        @Override
        public VismaAccessToken forCompany(String companyId) {
            lookups.add("forCompany");
            return delegate.forCompany(companyId);
        }

        @Override
        public VismaAccessToken forUser(String subject, String companyId) {
            lookups.add("forUser");
            return delegate.forUser(subject, companyId);
        }

        @Override
        public VismaAccessToken replaceRejected(VismaAccessToken rejected) {
            lookups.add("replaceRejected");
            return delegate.replaceRejected(rejected);
        }

        @Override
        public List<io.github.vismaidentity.VismaConnection> connections() {
            return delegate.connections();
        }

        @Override
        public boolean disconnect(String subject, String companyId) {
            return delegate.disconnect(subject, companyId);
        }
    }
}

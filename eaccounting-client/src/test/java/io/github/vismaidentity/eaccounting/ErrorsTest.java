package io.github.vismaidentity.eaccounting;

import io.github.vismaidentity.VismaReauthenticationRequiredException;
import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.eaccounting.model.Customer;
import io.github.vismaidentity.eaccounting.support.EmulatorTokens;
import io.github.vismaidentity.eaccounting.support.ForwardingTokens;
import io.github.vismaidentity.emulator.EmulatorBuilder;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.control.Fault;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Each way a call can fail, against the emulator over real HTTP, ends in the exception a caller can catch. */
class ErrorsTest extends EmulatorTestBase {

    private static final String NO_SALES = "openid offline_access ea:api";

    private final List<EAccountingClient> clients = new ArrayList<>();
    private final List<String> issued = new ArrayList<>();

    @Override
    protected EmulatorBuilder configure(EmulatorBuilder builder) {
        return builder.clock(Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        clients.forEach(EAccountingClient::close);
    }

    @Test
    void aTokenSetWithoutTheScopeIsRefusedBeforeAnyCallNamingTheScopeToAdd() {
        EAccountingClient demo = demo(EmulatorTokens.signIn(emulator, browser, NO_SALES));

        MissingScopeException missing = catchThrowableOfType(() -> demo.customers().list(),
                MissingScopeException.class);

        assertThat(missing.status()).isZero();
        assertThat(missing.messageId()).isEqualTo("VISMAID5003");
        assertThat(missing.acceptedScopes()).containsExactlyInAnyOrder("ea:sales", "ea:sales_readonly");
        assertThat(missing.operation()).isEqualTo("GET /v2/customers");
        assertThat(missing).hasMessageContaining("Add ea:sales to visma.identity.scopes")
                .hasMessageContaining("nothing was sent");
        assertThat(emulator.control().requests(Endpoint.API_CUSTOMERS)).isZero();
        assertNoTokenIn(missing);
    }

    @Test
    void aWriteNeedsTheWriteScopeNotTheReadOnlyOne() {
        EAccountingClient demo = demo(EmulatorTokens.signIn(emulator, browser, NO_SALES + " ea:sales_readonly"));

        MissingScopeException missing = catchThrowableOfType(() -> demo.customers().update(UUID.randomUUID(),
                Customer.builder("A").build()), MissingScopeException.class);

        assertThat(missing.acceptedScopes()).containsExactly("ea:sales");
        assertThat(missing).hasMessageContaining("PUT /v2/customers/{customerId}");
    }

    @Test
    void whenTheScopesAreNotKnownTheApisRefusalIsAMissingScopeWithVismasErrorCode() {
        EAccountingClient demo = demo(ForwardingTokens.withUnknownScopes(
                EmulatorTokens.signIn(emulator, browser, NO_SALES)));

        MissingScopeException missing = catchThrowableOfType(() -> demo.customers().list(),
                MissingScopeException.class);

        assertThat(missing.status()).isEqualTo(403);
        assertThat(missing.errorCode()).isEqualTo(4006);
        assertThat(missing.errorId()).isNotBlank();
        assertThat(missing.developerErrorMessage()).contains("NoAccessToScopes");
        assertThat(missing).hasMessageContaining("add ea:sales to visma.identity.scopes");
        assertThat(emulator.control().requests(Endpoint.API_CUSTOMERS)).isEqualTo(1);
        assertNoTokenIn(missing);
    }

    @Test
    void aRateLimitTheFilterDoesNotSitOutIsRateLimitedWithTheWait() {
        EAccountingClient demo = demo(EmulatorTokens.signIn(emulator, browser));
        emulator.control().rateLimitPerMinute(1);
        demo.customers().list();

        RateLimitedException limited = catchThrowableOfType(() -> demo.customers().list(),
                RateLimitedException.class);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(limited.operation()).isEqualTo("GET /v2/customers");
        assertThat(emulator.control().requests(Endpoint.API_CUSTOMERS)).as("the filter waits at most 10 s: no resend")
                .isEqualTo(2);
        assertNoTokenIn(limited);
    }

    @Test
    void aTokenRefusedAgainAfterTheFiltersReplacementIsTokenRejected() {
        EmulatorTokens signedIn = EmulatorTokens.signIn(emulator, browser);
        EAccountingClient demo = demo(ForwardingTokens.replacingWithAnUnknownToken(signedIn));
        rotateTheSigningKeyTwice();

        TokenRejectedException rejected = catchThrowableOfType(() -> demo.companySettings().get(),
                TokenRejectedException.class);

        assertThat(rejected.status()).isEqualTo(401);
        assertThat(rejected).hasMessageContaining("sign in to the company again");
        assertThat(emulator.control().requests(Endpoint.API_COMPANY_SETTINGS)).as("one resend").isEqualTo(2);
        assertNoTokenIn(rejected);
    }

    @Test
    void aTokenRefusedOnceIsReplacedAndTheCallSucceeds() {
        EmulatorTokens signedIn = EmulatorTokens.signIn(emulator, browser);
        EAccountingClient demo = demo(signedIn);
        rotateTheSigningKeyTwice();

        assertThat(demo.companySettings().get().name()).isEqualTo("Demo AB");
        assertThat(signedIn.refreshes()).isEqualTo(1);
    }

    @Test
    void aConnectionThatNeedsANewSignInPassesTheExtensionsExceptionThroughUnwrapped() {
        EAccountingClient demo = demo(EmulatorTokens.signIn(emulator, browser));
        emulator.control().revokeAllTokensOf("demo");

        Throwable failure = catchThrowable(() -> demo.customers().list());

        assertThat(failure).isInstanceOf(VismaReauthenticationRequiredException.class);
    }

    @Test
    void aServerErrorIsVismaUnavailable() {
        EAccountingClient demo = demo(EmulatorTokens.signIn(emulator, browser));
        emulator.control().injectFault(Endpoint.API_CUSTOMERS, new Fault.ServerError(), 1);

        VismaUnavailableException unavailable = catchThrowableOfType(() -> demo.customers().list(),
                VismaUnavailableException.class);

        assertThat(unavailable.status()).isEqualTo(500);
        assertThat(unavailable.messageId()).isEqualTo("VISMAID5006");
        assertThat(unavailable).hasMessageContaining("try again later");
    }

    @Test
    void aBodyThatIsNotVismasJsonIsVismaUnavailable() {
        EAccountingClient demo = demo(EmulatorTokens.signIn(emulator, browser));
        emulator.control().injectFault(Endpoint.API_CUSTOMERS, new Fault.TruncateResponse(), 1);

        VismaUnavailableException unavailable = catchThrowableOfType(() -> demo.customers().list(),
                VismaUnavailableException.class);

        assertThat(unavailable).hasMessageContaining("not Visma's JSON");
    }

    @Test
    void aRefusedConnectionIsVismaUnavailableWithoutStatus() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        EAccountingClient nowhere = track(EAccountingClient.builder()
                .apiBaseUrl(URI.create("http://localhost:" + closedPort + "/v2/"))
                .tokens(EmulatorTokens.signIn(emulator, browser)).build()).forCompany(EmulatorTokens.DEMO_AB.id());

        VismaUnavailableException unavailable = catchThrowableOfType(() -> nowhere.customers().list(),
                VismaUnavailableException.class);

        assertThat(unavailable.status()).isZero();
        assertThat(unavailable).hasRootCauseInstanceOf(ConnectException.class).hasMessageContaining("no answer");
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutIsVismaUnavailable() {
        EAccountingClient slow = track(EAccountingClient.builder().apiBaseUrl(emulator.apiBaseUri())
                .tokens(EmulatorTokens.signIn(emulator, browser)).timeouts(Duration.ofSeconds(5),
                        Duration.ofMillis(300)).build()).forCompany(EmulatorTokens.DEMO_AB.id());
        emulator.control().injectFault(Endpoint.API_CUSTOMERS, new Fault.Delay(Duration.ofSeconds(3)), 1);

        VismaUnavailableException unavailable = catchThrowableOfType(() -> slow.customers().list(),
                VismaUnavailableException.class);

        assertThat(unavailable.status()).isZero();
        assertThat(unavailable).hasMessageContaining("no answer");
    }

    private EAccountingClient demo(VismaTokens tokens) {
        issued.add(tokens.forCompany(EmulatorTokens.DEMO_AB.id()).value());
        return track(EAccountingClient.builder().apiBaseUrl(emulator.apiBaseUri()).tokens(tokens).build())
                .forCompany(EmulatorTokens.DEMO_AB.id());
    }

    private EAccountingClient track(EAccountingClient client) {
        clients.add(client);
        return client;
    }

    private void rotateTheSigningKeyTwice() {
        emulator.control().rotateSigningKey();
        emulator.control().rotateSigningKey();
    }

    private void assertNoTokenIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            for (String token : issued) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(token);
            }
        }
    }
}

package io.github.vismaidentity.client;

import io.github.vismaidentity.VismaRateLimitedException;
import io.github.vismaidentity.VismaReauthenticationRequiredException;
import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.refresh.RefreshingTokensFactory;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Bearer filter on a real JAX-RS client (Jersey, as in Payara) against the emulator's API. */
class VismaBearerFilterTest extends EmulatorTestBase {

    private RefreshingTokensFactory.Signed signed;
    private Client client;

    @BeforeEach
    void signInAndBuildTheClient() {
        signed = RefreshingTokensFactory.signIn(emulator, browser);
        VismaTokens tokens = signed.tokens();
        client = ClientBuilder.newClient().register(VismaBearerFilter.forCompany(tokens, signed.companyId()));
    }

    @AfterEach
    void closeClient() {
        client.close();
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
}

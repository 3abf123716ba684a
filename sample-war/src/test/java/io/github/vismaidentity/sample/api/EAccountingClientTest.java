package io.github.vismaidentity.sample.api;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaConnection;
import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.emulator.support.SignIn;
import io.github.vismaidentity.emulator.support.TokenCalls;
import io.github.vismaidentity.sample.web.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The sample's API calls against the emulator's eAccounting API over HTTP, with the extension's Bearer filter. */
class EAccountingClientTest extends EmulatorTestBase {

    private static final Company DEMO_AB = Seed.users().get(0).defaultCompany();

    private final EAccountingClient client = new EAccountingClient();

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void readsTheCompanysSettingsWithTheCompanysTokenFromTheTokenService() {
        open(SignIn.SCOPE);

        CompanySettings settings = client.companySettings(DEMO_AB.id());

        assertThat(settings).isEqualTo(new CompanySettings("Demo AB", DEMO_AB.id(), "SE"));
    }

    @Test
    void aTokenWithoutTheSalesScopeIsAMissingScopeProblemThatAsksForANewSignIn() {
        open("openid offline_access ea:api");

        Throwable failure = catchThrowable(() -> client.companySettings(DEMO_AB.id()));

        assertThat(failure).isInstanceOf(EAccountingException.class);
        assertThat(((EAccountingException) failure).missingScope()).isTrue();
        Problem problem = Problem.of(failure);
        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.signInAgain()).isTrue();
    }

    @Test
    void aRevokedTokenIsRefusedWithStatus401AfterTheFiltersOneRetry() {
        Map<String, Object> tokens = open(SignIn.SCOPE);
        assertThat(calls.post(emulator.baseUri().resolve("/connect/revocation"), "application/x-www-form-urlencoded",
                "token=" + tokens.get("access_token"), TokenCalls.demoBasic()).statusCode()).isEqualTo(200);

        Throwable failure = catchThrowable(() -> client.companySettings(DEMO_AB.id()));

        assertThat(failure).isInstanceOf(EAccountingException.class);
        assertThat(((EAccountingException) failure).status()).isEqualTo(401);
        assertThat(Problem.of(failure).signInAgain()).isTrue();
    }

    /** Signs demo in to Demo AB with {@code scope} and points the client at the emulator with those tokens. */
    private Map<String, Object> open(String scope) {
        SignIn signIn = new SignIn(emulator, browser).with("scope", scope);
        String code = signIn.complete("demo", "demo", "Demo AB").get("code");
        Map<String, Object> tokens = TokenCalls.tokens(calls.redeem(code, signIn.verifier().getValue()));
        client.apiBaseUrl = emulator.apiBaseUri().toString();
        client.tokens = new FixedTokens(new VismaAccessToken((String) tokens.get("access_token"),
                Instant.now().plusSeconds(3600), "demo", DEMO_AB.id(), DEMO_AB.name()));
        client.open();
        return tokens;
    }

    /** The token service of a job that has exactly one token: what the Bearer filter asks for. */
    private record FixedTokens(VismaAccessToken token) implements VismaTokens {

        @Override
        public VismaAccessToken forCompany(String companyId) {
            assertThat(companyId).isEqualTo(token.companyId());
            return token;
        }

        @Override
        public VismaAccessToken forUser(String subject, String companyId) {
            return forCompany(companyId);
        }

        @Override
        public VismaAccessToken replaceRejected(VismaAccessToken rejected) {
            return token;
        }

        @Override
        public List<VismaConnection> connections() {
            return List.of();
        }

        @Override
        public boolean disconnect(String subject, String companyId) {
            return false;
        }
    }
}

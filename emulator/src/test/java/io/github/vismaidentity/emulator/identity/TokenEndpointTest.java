package io.github.vismaidentity.emulator.identity;

import static io.github.vismaidentity.emulator.support.TokenCalls.json;
import static io.github.vismaidentity.emulator.support.TokenCalls.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vismaidentity.emulator.EmulatorBuilder;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.directory.Client;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.emulator.support.SignIn;
import io.github.vismaidentity.emulator.support.TokenCalls;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenEndpointTest extends EmulatorTestBase {

    private static final String AWKWARD_SECRET = "s3cr:t+%20 ü&=";

    @Override
    protected EmulatorBuilder configure(EmulatorBuilder builder) {
        return builder.clients(Seed.client(),
                new Client("awkward-client", AWKWARD_SECRET, List.of(Seed.REDIRECT_URI), List.of()));
    }

    private SignIn signIn() {
        return new SignIn(emulator, browser);
    }

    @Test
    void redeemsACodeForAccessRefreshAndIdTokens() {
        SignIn signIn = signIn();
        Map<String, Object> tokens = tokens(calls.redeem(signIn.code(), signIn.verifier().getValue()));

        assertThat(tokens).containsKeys("access_token", "refresh_token", "id_token");
        assertThat(tokens.get("token_type")).isEqualTo("Bearer");
        assertThat(((Number) tokens.get("expires_in")).longValue()).isEqualTo(3600);
        assertThat((String) tokens.get("scope")).contains("openid", "offline_access", "ea:api", "ea:sales");
    }

    @Test
    void refusesAJsonBodyWithInvalidRequestAndCountsIt() {
        HttpResponse<String> response = calls.post(emulator.tokenEndpoint(), "application/json",
                "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"x\"}", TokenCalls.demoBasic());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error")).isEqualTo("invalid_request");
        assertThat(emulator.control().count(Counter.NON_FORM_REQUESTS)).isEqualTo(1);
    }

    @Test
    void refusesABodyWithoutContentType() {
        HttpResponse<String> response = calls.post(emulator.tokenEndpoint(), null,
                "grant_type=refresh_token&refresh_token=x", TokenCalls.demoBasic());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error")).isEqualTo("invalid_request");
    }

    @Test
    void everyRefreshGivesANewRefreshTokenAndTheOldOneFailsWithInvalidGrant() {
        SignIn signIn = signIn();
        String first = (String) tokens(calls.redeem(signIn.code(), signIn.verifier().getValue())).get("refresh_token");

        Map<String, Object> refreshed = tokens(calls.refresh(first));
        String second = (String) refreshed.get("refresh_token");
        HttpResponse<String> reuse = calls.refresh(first);

        assertThat(second).isNotEqualTo(first);
        assertThat(refreshed).containsKeys("access_token", "id_token");
        assertThat(reuse.statusCode()).isEqualTo(400);
        assertThat(json(reuse).get("error")).isEqualTo("invalid_grant");
        assertThat(emulator.control().count(Counter.REFRESH_TOKEN_REUSES)).isEqualTo(1);
        assertThat(emulator.control().count(Counter.REFRESH_TOKEN_GRANTS)).isEqualTo(2);
        assertThat(calls.refresh(second).statusCode()).as("the newest refresh token still works").isEqualTo(200);
    }

    @Test
    void reuseRevokesTheWholeFamilyWhenThatOptionIsOn() {
        emulator.control().revokeFamilyOnReuse(true);
        SignIn signIn = signIn();
        String first = (String) tokens(calls.redeem(signIn.code(), signIn.verifier().getValue())).get("refresh_token");
        String second = (String) tokens(calls.refresh(first)).get("refresh_token");

        assertThat(calls.refresh(first).statusCode()).isEqualTo(400);
        HttpResponse<String> afterReuse = calls.refresh(second);

        assertThat(afterReuse.statusCode()).isEqualTo(400);
        assertThat(json(afterReuse).get("error")).isEqualTo("invalid_grant");
    }

    @Test
    void aCodeWorksOnceAndItsReuseRevokesWhatItGave() {
        SignIn signIn = signIn();
        String code = signIn.code();
        Map<String, Object> tokens = tokens(calls.redeem(code, signIn.verifier().getValue()));

        HttpResponse<String> reuse = calls.redeem(code, signIn.verifier().getValue());

        assertThat(reuse.statusCode()).isEqualTo(400);
        assertThat(json(reuse).get("error")).isEqualTo("invalid_grant");
        assertThat(emulator.control().count(Counter.AUTHORIZATION_CODE_REUSES)).isEqualTo(1);
        assertThat(calls.refresh((String) tokens.get("refresh_token")).statusCode()).isEqualTo(400);
        assertThat(calls.api("companysettings", (String) tokens.get("access_token")).statusCode()).isEqualTo(401);
    }

    @Test
    void refusesAPkceVerifierThatDoesNotMatchTheChallenge() {
        String code = signIn().code();

        HttpResponse<String> response = calls.redeem(code, new com.nimbusds.oauth2.sdk.pkce.CodeVerifier().getValue());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error")).isEqualTo("invalid_grant");
        assertThat((String) json(response).get("error_description")).contains("code_verifier");
    }

    @Test
    void refusesAMissingPkceVerifierWhenAChallengeWasSent() {
        HttpResponse<String> response = calls.redeem(signIn().code(), null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error")).isEqualTo("invalid_grant");
    }

    @Test
    void acceptsACodeWithoutPkceWhenNoChallengeWasSent() {
        SignIn signIn = signIn().with("code_challenge", null).with("code_challenge_method", null);

        assertThat(calls.redeem(signIn.code(), null).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAnExpiredCode() {
        SignIn signIn = signIn();
        String code = signIn.code();
        emulator.control().advanceClock(Duration.ofMinutes(5).plusSeconds(1));

        HttpResponse<String> response = calls.redeem(code, signIn.verifier().getValue());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error")).isEqualTo("invalid_grant");
    }

    @Test
    void refusesACodeRedeemedWithAnotherRedirectUri() {
        SignIn signIn = signIn();
        Map<String, String> form = Map.of("grant_type", "authorization_code", "code", signIn.code(),
                "redirect_uri", "http://localhost:8080/visma/callback/", "code_verifier", signIn.verifier().getValue());

        HttpResponse<String> response = calls.token(form);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error")).isEqualTo("invalid_grant");
    }

    @Test
    void refusesACodeRedeemedByAnotherClient() {
        SignIn signIn = signIn();
        String body = Browserless.form(Map.of("grant_type", "authorization_code", "code", signIn.code(),
                "redirect_uri", Seed.REDIRECT_URI.toString(), "code_verifier", signIn.verifier().getValue()));

        HttpResponse<String> response = calls.post(emulator.tokenEndpoint(), "application/x-www-form-urlencoded",
                body, TokenCalls.basic("awkward-client", AWKWARD_SECRET));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error")).isEqualTo("invalid_grant");
    }

    @Test
    void refusesARefreshTokenOfAnotherClient() {
        SignIn signIn = signIn();
        String refreshToken = (String) tokens(calls.redeem(signIn.code(), signIn.verifier().getValue())).get("refresh_token");
        String body = Browserless.form(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));

        HttpResponse<String> response = calls.post(emulator.tokenEndpoint(), "application/x-www-form-urlencoded",
                body, TokenCalls.basic("awkward-client", AWKWARD_SECRET));

        assertThat(json(response).get("error")).isEqualTo("invalid_grant");
        assertThat(calls.refresh(refreshToken).statusCode()).as("still unspent for its own client").isEqualTo(200);
    }

    @Test
    void authenticatesASecretWithReservedAndNonAsciiCharactersOverBasic() {
        HttpResponse<String> response = calls.post(emulator.tokenEndpoint(), "application/x-www-form-urlencoded",
                "grant_type=refresh_token&refresh_token=unknown", TokenCalls.basic("awkward-client", AWKWARD_SECRET));

        assertThat(json(response).get("error")).as("authenticated, then the unknown token refused")
                .isEqualTo("invalid_grant");
    }

    @Test
    void refusesBasicCredentialsThatWereNotFormEncodedFirst() {
        String raw = "Basic " + java.util.Base64.getEncoder().encodeToString(
                ("awkward-client:" + AWKWARD_SECRET).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        HttpResponse<String> response = calls.post(emulator.tokenEndpoint(), "application/x-www-form-urlencoded",
                "grant_type=refresh_token&refresh_token=unknown", raw);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("error")).isEqualTo("invalid_client");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void authenticatesWithClientIdAndSecretInTheForm() {
        SignIn signIn = signIn();
        String body = Browserless.form(Map.of("grant_type", "authorization_code", "code", signIn.code(),
                "redirect_uri", Seed.REDIRECT_URI.toString(), "code_verifier", signIn.verifier().getValue(),
                "client_id", Seed.CLIENT_ID, "client_secret", Seed.CLIENT_SECRET));

        HttpResponse<String> response = calls.post(emulator.tokenEndpoint(), "application/x-www-form-urlencoded", body, null);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAWrongSecretAndAnUnknownClientWithInvalidClient() {
        String body = "grant_type=refresh_token&refresh_token=x";

        HttpResponse<String> wrongSecret = calls.post(emulator.tokenEndpoint(), "application/x-www-form-urlencoded", body,
                TokenCalls.basic(Seed.CLIENT_ID, "wrong"));
        HttpResponse<String> unknownClient = calls.post(emulator.tokenEndpoint(), "application/x-www-form-urlencoded",
                body + "&client_id=nobody&client_secret=x", null);

        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(json(wrongSecret).get("error")).isEqualTo("invalid_client");
        assertThat(unknownClient.statusCode()).isEqualTo(401);
        assertThat(json(unknownClient).get("error")).isEqualTo("invalid_client");
        assertThat(emulator.control().count(Counter.CLIENT_AUTHENTICATION_FAILURES)).isEqualTo(2);
    }

    @Test
    void refusesTwoClientAuthenticationMethodsAtOnce() {
        HttpResponse<String> response = calls.post(emulator.tokenEndpoint(), "application/x-www-form-urlencoded",
                "grant_type=refresh_token&refresh_token=x&client_id=demo-client&client_secret=demo-secret",
                TokenCalls.demoBasic());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error")).isEqualTo("invalid_request");
    }

    @Test
    void refusesGrantTypesOtherThanCodeAndRefresh() {
        HttpResponse<String> response = calls.token(Map.of("grant_type", "client_credentials"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error")).isEqualTo("unsupported_grant_type");
        assertThat(emulator.control().count(Counter.OTHER_GRANTS)).isEqualTo(1);
    }

    @Test
    void refusesMalformedAndDuplicatedParameters() {
        HttpResponse<String> malformed = calls.post(emulator.tokenEndpoint(), "application/x-www-form-urlencoded",
                "grant_type=refresh_token&refresh_token=%zz", TokenCalls.demoBasic());
        HttpResponse<String> duplicated = calls.post(emulator.tokenEndpoint(), "application/x-www-form-urlencoded",
                "grant_type=refresh_token&refresh_token=a&refresh_token=b", TokenCalls.demoBasic());

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get("error")).isEqualTo("invalid_request");
        assertThat(duplicated.statusCode()).isEqualTo(400);
        assertThat(json(duplicated).get("error")).isEqualTo("invalid_request");
    }

    @Test
    void refusesAnOversizedBodyAndKeepsServing() {
        String huge = "grant_type=refresh_token&refresh_token=" + "a".repeat(200_000);

        HttpResponse<String> response = calls.post(emulator.tokenEndpoint(), "application/x-www-form-urlencoded",
                huge, TokenCalls.demoBasic());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error")).isEqualTo("invalid_request");
        assertThat(browser.get(emulator.discoveryUri()).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesGetWith405() {
        HttpResponse<String> response = browser.get(URI.create(emulator.tokenEndpoint() + "?grant_type=refresh_token"));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(json(response).get("error")).isEqualTo("invalid_request");
    }

    @Test
    void aRefreshMayNarrowTheScopeButNotWidenIt() {
        SignIn signIn = signIn();
        String refreshToken = (String) tokens(calls.redeem(signIn.code(), signIn.verifier().getValue())).get("refresh_token");

        HttpResponse<String> widened = calls.token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken,
                "scope", "openid offline_access ea:api ea:purchase"));
        HttpResponse<String> narrowed = calls.token(Map.of("grant_type", "refresh_token", "refresh_token",
                refreshToken, "scope", "offline_access ea:api"));

        assertThat(json(widened).get("error")).as("refused without spending the token").isEqualTo("invalid_scope");
        assertThat(tokens(narrowed).get("scope")).isEqualTo("offline_access ea:api");
        assertThat(tokens(narrowed)).doesNotContainKey("id_token");
    }
}

package io.github.vismaidentity.emulator.identity;

import static io.github.vismaidentity.emulator.support.TokenCalls.json;
import static io.github.vismaidentity.emulator.support.TokenCalls.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vismaidentity.emulator.EmulatorBuilder;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.directory.Client;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.emulator.support.SignIn;
import io.github.vismaidentity.emulator.support.TokenCalls;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RevocationAndEndSessionTest extends EmulatorTestBase {

    private static final String OTHER_CLIENT = "other-client";
    private static final String OTHER_SECRET = "other-secret";
    private static final URI OTHER_LOGOUT_URI = URI.create("http://localhost:9090/signed-out");
    private static final String FORM = "application/x-www-form-urlencoded";

    @Override
    protected EmulatorBuilder configure(EmulatorBuilder builder) {
        return builder.clients(Seed.client(), new Client(OTHER_CLIENT, OTHER_SECRET, List.of(Seed.REDIRECT_URI),
                List.of(OTHER_LOGOUT_URI)));
    }

    /** Signs in as demo in {@link #browser} and redeems the code. */
    private Map<String, Object> signIn() {
        SignIn signIn = new SignIn(emulator, browser);
        return tokens(calls.redeem(signIn.code(), signIn.verifier().getValue()));
    }

    private HttpResponse<String> revoke(String token, String authorization) {
        return calls.post(emulator.uri(Endpoint.REVOCATION), FORM, Browserless.form(Map.of("token", token)),
                authorization);
    }

    private int api(Map<String, Object> tokens) {
        return calls.api("companysettings", (String) tokens.get("access_token")).statusCode();
    }

    private HttpResponse<String> refresh(Map<String, Object> tokens) {
        return calls.refresh((String) tokens.get("refresh_token"));
    }

    private static void assertInvalidGrant(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error")).isEqualTo("invalid_grant");
    }

    @Test
    void revocationRequiresClientAuthentication() {
        Map<String, Object> tokens = signIn();

        HttpResponse<String> anonymous = revoke((String) tokens.get("refresh_token"), null);
        HttpResponse<String> wrongSecret = revoke((String) tokens.get("refresh_token"),
                TokenCalls.basic(Seed.CLIENT_ID, "wrong"));

        for (HttpResponse<String> refused : List.of(anonymous, wrongSecret)) {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(json(refused).get("error")).isEqualTo("invalid_client");
        }
        assertThat(emulator.control().count(Counter.CLIENT_AUTHENTICATION_FAILURES)).isEqualTo(2);
        assertThat(refresh(tokens).statusCode()).as("nothing revoked").isEqualTo(200);
    }

    @Test
    void refusesAJsonBodyAndCountsIt() {
        Map<String, Object> tokens = signIn();

        HttpResponse<String> response = calls.post(emulator.uri(Endpoint.REVOCATION), "application/json",
                "{\"token\":\"" + tokens.get("refresh_token") + "\"}", TokenCalls.demoBasic());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error")).isEqualTo("invalid_request");
        assertThat(emulator.control().count(Counter.NON_FORM_REQUESTS)).isEqualTo(1);
        assertThat(refresh(tokens).statusCode()).as("nothing revoked").isEqualTo(200);
    }

    @Test
    void refusesARequestWithoutAToken() {
        HttpResponse<String> response = calls.post(emulator.uri(Endpoint.REVOCATION), FORM,
                "token_type_hint=refresh_token", TokenCalls.demoBasic());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error")).isEqualTo("invalid_request");
        assertThat((String) json(response).get("error_description")).contains("token");
    }

    @Test
    void revokingARefreshTokenEndsItsWholeFamily() {
        Map<String, Object> first = signIn();
        Map<String, Object> second = tokens(refresh(first));

        HttpResponse<String> response = revoke((String) second.get("refresh_token"), TokenCalls.demoBasic());

        assertThat(response.statusCode()).isEqualTo(200);
        assertInvalidGrant(refresh(second));
        assertThat(api(first)).as("an older access token of the family").isEqualTo(401);
        assertThat(api(second)).isEqualTo(401);
    }

    @Test
    void revokingAnAccessTokenEndsOnlyIt() {
        Map<String, Object> tokens = signIn();
        assertThat(api(tokens)).isEqualTo(200);

        HttpResponse<String> response = revoke((String) tokens.get("access_token"), TokenCalls.demoBasic());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(api(tokens)).isEqualTo(401);
        Map<String, Object> refreshed = tokens(refresh(tokens));
        assertThat(api(refreshed)).as("the refresh token and its new access token still work").isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown-token", "eyJhbGciOiJub25lIn0.eyJqdGkiOiJ4In0.", "a.b.c", "%25"})
    void answers200ForATokenItNeverIssued(String token) {
        Map<String, Object> tokens = signIn();

        HttpResponse<String> response = revoke(token, TokenCalls.demoBasic());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(api(tokens)).isEqualTo(200);
        assertThat(refresh(tokens).statusCode()).isEqualTo(200);
    }

    @Test
    void anotherClientCannotRevokeTheTokensOfDemoClient() {
        Map<String, Object> tokens = signIn();
        String other = TokenCalls.basic(OTHER_CLIENT, OTHER_SECRET);

        HttpResponse<String> refreshRevocation = revoke((String) tokens.get("refresh_token"), other);
        HttpResponse<String> accessRevocation = revoke((String) tokens.get("access_token"), other);

        assertThat(refreshRevocation.statusCode()).isEqualTo(200);
        assertThat(accessRevocation.statusCode()).isEqualTo(200);
        assertThat(api(tokens)).isEqualTo(200);
        assertThat(refresh(tokens).statusCode()).isEqualTo(200);
    }

    private URI endSession(Map<String, String> params) {
        return URI.create(emulator.uri(Endpoint.END_SESSION) + "?" + Browserless.form(params));
    }

    private Map<String, String> params(String... pairs) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put(pairs[i], pairs[i + 1]);
        }
        return params;
    }

    @Test
    void endSessionRedirectsToARegisteredUriWithStateAndSignsTheBrowserOut() {
        signIn();

        HttpResponse<String> response = browser.get(endSession(params("client_id", Seed.CLIENT_ID,
                "post_logout_redirect_uri", Seed.POST_LOGOUT_REDIRECT_URI.toString(), "state", "bye & see you")));

        assertThat(response.statusCode()).isEqualTo(302);
        URI target = Browserless.location(response);
        assertThat(target.toString()).startsWith(Seed.POST_LOGOUT_REDIRECT_URI + "?");
        assertThat(Browserless.query(target)).containsExactly(Map.entry("state", "bye & see you"));
        assertThat(Browserless.location(new SignIn(emulator, browser).authorize()).getPath())
                .as("the next sign-in asks for the password again").isEqualTo("/account/login");
    }

    @Test
    void endSessionAcceptsAnIdTokenHintInsteadOfClientId() {
        String idToken = (String) signIn().get("id_token");

        HttpResponse<String> response = browser.get(endSession(params("id_token_hint", idToken,
                "post_logout_redirect_uri", Seed.POST_LOGOUT_REDIRECT_URI.toString(), "state", "s-42")));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(Browserless.location(response)).isEqualTo(URI.create(Seed.POST_LOGOUT_REDIRECT_URI + "?state=s-42"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example/", "http://localhost:8080", "http://localhost:8080/?next=x",
            "http://localhost:8080//evil.example", "http://localhost:9090/signed-out"})
    void endSessionRefusesAPostLogoutUriNotRegisteredForTheClient(String uri) {
        HttpResponse<String> response = browser.get(endSession(params("client_id", Seed.CLIENT_ID,
                "post_logout_redirect_uri", uri, "state", "x")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("post_logout_redirect_uri", "not registered");
    }

    @Test
    void endSessionRefusesAnUnregisteredUriNamedByAnIdTokenHintOfAnotherClient() {
        String idToken = (String) signIn().get("id_token");

        HttpResponse<String> response = browser.get(endSession(params("id_token_hint", idToken,
                "post_logout_redirect_uri", OTHER_LOGOUT_URI.toString())));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void endSessionWithoutARedirectShowsASignedOutPage() {
        signIn();

        HttpResponse<String> response = browser.get(emulator.uri(Endpoint.END_SESSION));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("signed out");
        assertThat(Browserless.location(new SignIn(emulator, browser).authorize()).getPath()).isEqualTo("/account/login");
    }
}

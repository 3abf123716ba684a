package io.github.vismaidentity.emulator.identity;

import static io.github.vismaidentity.emulator.support.TokenCalls.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.emulator.support.SignIn;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /connect/authorize} over raw HTTP: what is shown on a page (the client cannot be trusted
 * with a redirect), what is redirected back to the client as an error, and what a valid request gives.
 */
class AuthorizeEndpointTest extends EmulatorTestBase {


    private SignIn signIn() {
        return new SignIn(emulator, browser);
    }

    @Test
    void showsAnUnknownClientOnAPageWithoutRedirecting() {
        HttpResponse<String> response = signIn().with("client_id", "nobody").authorize();

        assertRefusedOnPage(response);
        assertThat(response.body()).contains("Unknown client_id", "nobody");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://localhost:8080/visma/callback/",
            "http://localhost:8080/Visma/Callback",
            "HTTP://LOCALHOST:8080/visma/callback",
            "http://localhost:8080/visma/callback?next=x",
            "http://localhost:8081/visma/callback",
            "https://evil.example/visma/callback",
            ""})
    void showsARedirectUriThatIsNotRegisteredExactlyOnAPageWithoutRedirecting(String redirectUri) {
        HttpResponse<String> response = signIn().with("redirect_uri", redirectUri).authorize();

        assertRefusedOnPage(response);
        assertThat(response.body()).contains("is not registered");
    }

    @Test
    void showsAMissingRedirectUriOnAPage() {
        assertRefusedOnPage(signIn().with("redirect_uri", null).authorize());
    }

    @ParameterizedTest
    @ValueSource(strings = {"token", "id_token", "code id_token", "code token"})
    void redirectsOtherResponseTypesBackAsUnsupportedResponseType(String responseType) {
        SignIn signIn = signIn().with("response_type", responseType);

        Map<String, String> error = clientRedirect(signIn.authorize());

        assertThat(error).containsEntry("error", "unsupported_response_type")
                .containsEntry("state", signIn.param("state"))
                .doesNotContainKey("code");
    }

    @ParameterizedTest(name = "[{index}] scope \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "offline_access ea:api ea:sales              | missing mandatory scope openid",
            "openid ea:api ea:sales                      | missing mandatory scope offline_access",
            "openid offline_access ea:sales              | missing mandatory scope ea:api",
            "openid offline_access ea:api ea:everything  | unknown scope 'ea:everything'",
            "openid offline_access ea:api sales          | 'ea:sales'",
            "openid offline_access ea:api purchase       | 'ea:purchase'",
            "openid offline_access ea:api accounting     | 'ea:accounting'"})
    void redirectsABadScopeBackAsInvalidScopeSayingWhatIsWrong(String scope, String explanation) {
        SignIn signIn = signIn().with("scope", scope);

        Map<String, String> error = clientRedirect(signIn.authorize());

        assertThat(error).containsEntry("error", "invalid_scope")
                .containsEntry("state", signIn.param("state"))
                .doesNotContainKey("code");
        assertThat(error.get("error_description")).contains(explanation);
    }

    @Test
    void redirectsAMissingScopeBackAsInvalidScope() {
        assertThat(clientRedirect(signIn().with("scope", null).authorize())).containsEntry("error", "invalid_scope");
    }

    @ParameterizedTest(name = "[{index}] code_challenge={0}, code_challenge_method={1}")
    @CsvSource(nullValues = "null", value = {
            "VALID, plain",
            "VALID, null",
            "null, S256",
            "too-short, S256",
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM=, S256",
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw+cM, S256",
            "VALID, s256"})
    void redirectsAnythingButAWellFormedS256ChallengeBackAsInvalidRequest(String challenge, String method) {
        SignIn signIn = signIn().with("code_challenge_method", method);
        if (!"VALID".equals(challenge)) {
            signIn.with("code_challenge", challenge);
        }

        Map<String, String> error = clientRedirect(signIn.authorize());

        assertThat(error).containsEntry("error", "invalid_request")
                .containsEntry("state", signIn.param("state"))
                .doesNotContainKey("code");
    }

    @Test
    void echoesStateAndIssuerOnSuccessAndOnError() {
        String awkwardState = "a b&c=d/é+%";
        Map<String, String> success = signIn().with("state", awkwardState).complete("solo", "solo", null);
        Map<String, String> error = clientRedirect(signIn().with("state", awkwardState)
                .with("response_type", "token").authorize());

        assertThat(success).containsKey("code").containsEntry("state", awkwardState)
                .containsEntry("iss", emulator.issuer());
        assertThat(error).containsKey("error").containsEntry("state", awkwardState)
                .containsEntry("iss", emulator.issuer());
    }

    @Test
    void sendsNoStateBackWhenNoneWasSent() {
        Map<String, String> error = clientRedirect(signIn().with("state", null).with("response_type", "token").authorize());

        assertThat(error).containsEntry("error", "unsupported_response_type").doesNotContainKey("state");
    }

    @ParameterizedTest
    @ValueSource(strings = {"state", "scope", "redirect_uri", "client_id", "code_challenge", "response_type"})
    void refusesADuplicatedParameterOnAPage(String name) {
        SignIn signIn = signIn();
        URI duplicated = URI.create(signIn.authorizeUri() + "&" + name + "=" + Browserless.encode(signIn.param(name)));

        HttpResponse<String> response = browser.get(duplicated);

        assertRefusedOnPage(response);
        assertThat(response.body()).contains("appears more than once");
    }

    @Test
    void redirectsPromptNoneWithoutASessionBackAsLoginRequired() {
        SignIn signIn = signIn().with("prompt", "none");

        Map<String, String> error = clientRedirect(signIn.authorize());

        assertThat(error).containsEntry("error", "login_required")
                .containsEntry("state", signIn.param("state"))
                .containsEntry("iss", emulator.issuer())
                .doesNotContainKey("code");
    }

    @Test
    void givesACodeForPromptNoneWithASessionWithoutShowingAForm() {
        signIn().code();
        SignIn silent = signIn().with("prompt", "none");

        Map<String, String> success = clientRedirect(silent.authorize());

        assertThat(success).containsKey("code").containsEntry("state", silent.param("state"))
                .doesNotContainKey("error");
        assertThat(calls.redeem(success.get("code"), silent.verifier().getValue()).statusCode()).isEqualTo(200);
    }

    @Test
    void sendsABrowserWithoutASessionToTheLoginForm() {
        URI next = Browserless.location(signIn().authorize());

        assertThat(next.getPath()).isEqualTo("/account/login");
        assertThat(Browserless.query(next)).containsKey("request");
        assertThat(browser.get(next).statusCode()).isEqualTo(200);
    }

    @Test
    void treatsAPostWithAFormBodyLikeAGet() {
        SignIn anonymous = signIn();
        HttpResponse<String> toLogin = browser.postForm(emulator.authorizationEndpoint(),
                Browserless.query(anonymous.authorizeUri()));
        SignIn refused = signIn().with("response_type", "token");
        HttpResponse<String> error = browser.postForm(emulator.authorizationEndpoint(),
                Browserless.query(refused.authorizeUri()));
        signIn().code();
        SignIn signedIn = signIn();
        HttpResponse<String> success = browser.postForm(emulator.authorizationEndpoint(),
                Browserless.query(signedIn.authorizeUri()));

        assertThat(Browserless.location(toLogin).getPath()).isEqualTo("/account/login");
        assertThat(clientRedirect(error)).containsEntry("error", "unsupported_response_type")
                .containsEntry("state", refused.param("state"));
        Map<String, String> code = clientRedirect(success);
        assertThat(code).containsEntry("state", signedIn.param("state")).containsEntry("iss", emulator.issuer());
        assertThat(calls.redeem(code.get("code"), signedIn.verifier().getValue()).statusCode()).isEqualTo(200);
    }

    @Test
    void carriesTheNonceIntoTheIdToken() throws Exception {
        SignIn signIn = signIn();
        Map<String, Object> tokens = tokens(calls.redeem(signIn.code(), signIn.verifier().getValue()));

        SignedJWT idToken = SignedJWT.parse((String) tokens.get("id_token"));

        assertThat(idToken.getJWTClaimsSet().getStringClaim("nonce")).isEqualTo(signIn.param("nonce"));
    }

    @Test
    void leavesTheNonceOutOfTheIdTokenWhenNoneWasSent() throws Exception {
        SignIn signIn = signIn().with("nonce", null);
        Map<String, Object> tokens = tokens(calls.redeem(signIn.code(), signIn.verifier().getValue()));

        SignedJWT idToken = SignedJWT.parse((String) tokens.get("id_token"));

        assertThat(idToken.getJWTClaimsSet().getClaims()).doesNotContainKey("nonce");
    }

    /** A 400 HTML page, and no redirect anywhere: the request names no client it can trust. */
    private static void assertRefusedOnPage(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<html");
    }

    /** The parameters of a redirect to the registered redirect URI (exactly it, plus a query). */
    private static Map<String, String> clientRedirect(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("a redirect; body: %s", response.body()).isEqualTo(302);
        URI location = Browserless.location(response);
        assertThat(URI.create(location.getScheme() + "://" + location.getRawAuthority() + location.getRawPath()))
                .isEqualTo(Seed.REDIRECT_URI);
        assertThat(location.getRawFragment()).isNull();
        return Browserless.query(location);
    }
}

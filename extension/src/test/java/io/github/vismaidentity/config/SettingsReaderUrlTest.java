package io.github.vismaidentity.config;

import static io.github.vismaidentity.config.Configs.ids;
import static io.github.vismaidentity.config.Configs.problems;
import static io.github.vismaidentity.config.Configs.read;
import static io.github.vismaidentity.config.Configs.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vismaidentity.VismaIdentityDefinition;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules for the issuer, the API base URL, the redirect URI and the endpoint overrides. */
class SettingsReaderUrlTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "visma.identity.issuer                 | identity.vismaonline.com",
        "visma.identity.issuer                 | ftp://identity.vismaonline.com",
        "visma.identity.issuer                 | https://identity.vismaonline.com#top",
        "visma.identity.issuer                 | https://identity.vismaonline.com?tenant=1",
        "visma.identity.issuer                 | https://",
        "visma.identity.issuer                 | https://identity vismaonline.com",
        "visma.identity.api-base-url           | /v2/",
        "visma.identity.api-base-url           | https://eaccountingapi.vismaonline.com/v2/?x=1",
        "visma.identity.redirect-uri           | https://app.example.com/visma/callback#done",
        "visma.identity.redirect-uri           | app.example.com/visma/callback",
        "visma.identity.authorization-endpoint | /connect/authorize",
        "visma.identity.token-endpoint         | https://identity.vismaonline.com/connect/token#x",
        "visma.identity.jwks-uri               | mailto:keys@example.com",
        "visma.identity.end-session-endpoint   | https://[bad/connect/endsession",
    })
    void refusesMalformedUrls(String key, String value) {
        assertRefusedNamingTheSetting(key, value, "VISMAID1003");
    }

    @Test
    void neverShowsAPasswordWrittenIntoAUrl() {
        ConfigurationProblems problems = problems(valid(VismaIdentityDefinition.TOKEN_ENDPOINT,
                "https://client:hunter2@identity.vismaonline.com/connect/token"));

        assertThat(problems.ids()).containsExactly("VISMAID1003");
        assertThat(problems.getMessage()).doesNotContain("hunter2").contains("https://(hidden)@identity.vismaonline.com");
    }

    @Test
    void acceptsAQueryInTheRedirectUriAndTheEndpoints() {
        VismaIdentitySettings settings = read(valid(
                VismaIdentityDefinition.REDIRECT_URI, "https://app.example.com/visma/callback?tenant=7",
                VismaIdentityDefinition.AUTHORIZATION_ENDPOINT, "https://login.example.com/authorize?p=visma"));

        assertThat(settings.redirectUri()).contains(URI.create("https://app.example.com/visma/callback?tenant=7"));
        assertThat(settings.endpoints().authorizationEndpoint())
                .contains(URI.create("https://login.example.com/authorize?p=visma"));
    }

    @Test
    void readsTheEndpointOverrides() {
        VismaIdentitySettings settings = read(valid(
                VismaIdentityDefinition.AUTHORIZATION_ENDPOINT, "https://identity.vismaonline.com/connect/authorize",
                VismaIdentityDefinition.TOKEN_ENDPOINT, "https://identity.vismaonline.com/connect/token",
                VismaIdentityDefinition.JWKS_URI, "https://identity.vismaonline.com/.well-known/openid-configuration/jwks",
                VismaIdentityDefinition.END_SESSION_ENDPOINT, "https://identity.vismaonline.com/connect/endsession"));

        assertThat(settings.endpoints().authorizationEndpoint())
                .contains(URI.create("https://identity.vismaonline.com/connect/authorize"));
        assertThat(settings.endpoints().tokenEndpoint())
                .contains(URI.create("https://identity.vismaonline.com/connect/token"));
        assertThat(settings.endpoints().jwksUri())
                .contains(URI.create("https://identity.vismaonline.com/.well-known/openid-configuration/jwks"));
        assertThat(settings.endpoints().endSessionEndpoint())
                .contains(URI.create("https://identity.vismaonline.com/connect/endsession"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "visma.identity.issuer                 | http://identity.example.com",
        "visma.identity.api-base-url           | http://api.example.com/v2/",
        "visma.identity.authorization-endpoint | http://identity.example.com/connect/authorize",
        "visma.identity.token-endpoint         | http://identity.example.com/connect/token",
        "visma.identity.jwks-uri               | http://identity.example.com/jwks",
        "visma.identity.end-session-endpoint   | http://identity.example.com/connect/endsession",
        "visma.identity.token-endpoint         | http://127.0.0.2/connect/token",
        "visma.identity.token-endpoint         | http://localhost.example.com/connect/token",
    })
    void requiresHttpsForCallsToAnotherMachine(String key, String value) {
        ConfigurationProblems problems = problems(valid(key, value));

        assertThat(problems.ids()).containsExactly("VISMAID1004");
        assertThat(problems.getMessage()).contains(key, Problems.environmentVariable(key), "Use https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "http://127.0.0.1:8080/issuer", "http://[::1]:8080",
        "http://LOCALHOST:9000"})
    void allowsPlainHttpOnThisMachine(String issuer) {
        VismaIdentitySettings settings = read(valid(
                VismaIdentityDefinition.ISSUER, issuer,
                VismaIdentityDefinition.API_BASE_URL, issuer + "/v2",
                VismaIdentityDefinition.TOKEN_ENDPOINT, issuer + "/connect/token"));

        assertThat(settings.issuer().getValue()).isEqualTo(issuer);
        assertThat(settings.apiBaseUri()).isEqualTo(URI.create(issuer + "/v2/"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "visma.identity.api-base-url           | http://localhost:9090/v2/",
        "visma.identity.api-base-url           | http://127.0.0.1:8081/v2",
        "visma.identity.token-endpoint         | http://localhost:9090/connect/token",
        "visma.identity.jwks-uri               | http://[::1]:9090/.well-known/openid-configuration/jwks",
        "visma.identity.authorization-endpoint | http://localhost:9090/connect/authorize",
        "visma.identity.end-session-endpoint   | http://localhost:9090/connect/endsession",
    })
    void refusesPlainHttpOnThisMachineBesideTheRealVismaIssuerSayingWhatToFix(String key, String value) {
        assertRefusedNamingTheSetting(key, value, Problems.MIXED_PLAIN_HTTP, VismaIdentityDefinition.VISMA_ISSUER,
                "https", "visma.identity.issuer");
    }

    /** Refused with exactly this ID, the message naming the key, its environment variable and the value. */
    private static void assertRefusedNamingTheSetting(String key, String value, String id, String... mentions) {
        ConfigurationProblems problems = problems(valid(key, value));

        assertThat(problems.ids()).containsExactly(id);
        List<String> expected = new ArrayList<>(List.of(key, Problems.environmentVariable(key), "'" + value + "'"));
        expected.addAll(List.of(mentions));
        assertThat(problems.getMessage()).contains(expected);
    }

    @Test
    void theRealIssuerWithTheSamplesApiBaseUrlSuggestsVismasApi() {
        ConfigurationProblems problems = problems(valid(VismaIdentityDefinition.ISSUER,
                VismaIdentityDefinition.VISMA_ISSUER, VismaIdentityDefinition.API_BASE_URL, "http://localhost:9090/v2/"));

        assertThat(problems.ids()).containsExactly(Problems.MIXED_PLAIN_HTTP);
        assertThat(problems.getMessage()).contains(VismaIdentityDefinition.VISMA_API_BASE_URL);
    }

    @Test
    void allowsHttpsOnThisMachineBesideTheRealVismaIssuer() {
        VismaIdentitySettings settings = read(valid(VismaIdentityDefinition.API_BASE_URL, "https://localhost:8443/v2/"));

        assertThat(settings.apiBaseUri()).isEqualTo(URI.create("https://localhost:8443/v2/"));
    }

    @Test
    void leavesTheSchemeOfTheRedirectUriToTheApp() {
        VismaIdentitySettings settings = read(valid(VismaIdentityDefinition.REDIRECT_URI,
                "http://app.example.com/visma/callback"));

        assertThat(settings.redirectUri()).contains(URI.create("http://app.example.com/visma/callback"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "visma.identity.issuer                 | https://auth.vismaonline.com",
        "visma.identity.issuer                 | https://id.vismaonline.com",
        "visma.identity.issuer                 | https://identity-sandbox.test.vismaonline.com",
        "visma.identity.issuer                 | https://auth-sandbox.test.vismaonline.com",
        "visma.identity.issuer                 | https://ID.VismaOnline.com",
        "visma.identity.api-base-url           | https://eaccountingapi-sandbox.test.vismaonline.com/v2/",
        "visma.identity.redirect-uri           | https://auth.vismaonline.com/callback",
        "visma.identity.authorization-endpoint | https://auth.vismaonline.com/eaccountingapi/oauth/authorize",
        "visma.identity.token-endpoint         | https://identity.vismaonline.com/eaccountingapi/oauth/token",
        "visma.identity.jwks-uri               | https://id.vismaonline.com/jwks",
        "visma.identity.end-session-endpoint   | https://identity-sandbox.test.vismaonline.com/connect/endsession",
        "visma.identity.token-endpoint         | https://proxy.example.com/EAccountingApi/OAuth/token",
    })
    void refusesTheVismaAddressesShutDownIn2018(String key, String value) {
        ConfigurationProblems problems = problems(valid(key, value));

        assertThat(problems.ids()).containsExactly("VISMAID1005");
        assertThat(problems.getMessage()).contains(key, Problems.environmentVariable(key), "shut down in 2018",
                "https://identity.vismaonline.com (issuer)", "https://eaccountingapi.vismaonline.com/v2/ (API)",
                "a sandbox is now a client type on the same hosts");
    }

    @Test
    void reportsEveryRuleALegacyPlainHttpUrlBreaks() {
        assertThat(ids(valid(VismaIdentityDefinition.ISSUER, "http://auth.vismaonline.com")))
                .containsExactly("VISMAID1004", "VISMAID1005");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://eaccountingapi.vismaonline.com/v1/", "https://eaccountingapi.vismaonline.com/v1",
        "https://eaccountingapi.vismaonline.com/V1/", "https://proxy.example.com/visma/v1/api/"})
    void refusesVersion1OfTheApi(String api) {
        ConfigurationProblems problems = problems(valid(VismaIdentityDefinition.API_BASE_URL, api));

        assertThat(problems.ids()).containsExactly("VISMAID1006");
        assertThat(problems.getMessage()).contains("VISMA_IDENTITY_API_BASE_URL", "ended on 2023-06-30", "/v2/");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://eaccountingapi.vismaonline.com/v2  | https://eaccountingapi.vismaonline.com/v2/",
        "https://eaccountingapi.vismaonline.com/v2/ | https://eaccountingapi.vismaonline.com/v2/",
        "https://proxy.example.com/v10              | https://proxy.example.com/v10/",
        "https://proxy.example.com                  | https://proxy.example.com/",
    })
    void endsTheApiBaseUrlWithASlash(String configured, String expected) {
        assertThat(read(valid(VismaIdentityDefinition.API_BASE_URL, configured)).apiBaseUri())
                .isEqualTo(URI.create(expected));
    }

    @Test
    void keepsTheIssuerExactlyAsConfiguredBecauseTokensMustMatchItExactly() {
        assertThat(read(valid(VismaIdentityDefinition.ISSUER, "https://issuer.example.com/")).issuer().getValue())
                .isEqualTo("https://issuer.example.com/");
    }
}

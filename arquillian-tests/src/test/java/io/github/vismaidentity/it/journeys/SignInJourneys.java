package io.github.vismaidentity.it.signin;

import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.crypto.DirectDecrypter;
import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.control.IdTokenDefect;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.TokenCalls;
import io.github.vismaidentity.it.signin.app.VismaSetup;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import io.github.vismaidentity.it.support.Browsers;
import io.github.vismaidentity.it.support.IssuedSecrets;
import io.github.vismaidentity.it.support.TestWar;
import io.github.vismaidentity.it.support.TokenRows;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static io.github.vismaidentity.it.support.VismaPages.logIn;
import static io.github.vismaidentity.it.support.VismaPages.pick;
import static io.github.vismaidentity.it.support.VismaPages.subjectOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole sign-in path on a real Payara Micro: a WAR with the extension in WEB-INF/lib, one annotation
 * and a properties file, a JTA datasource on embedded Derby created by server-config's post-boot file,
 * and the emulator as Visma, driven by HtmlUnit like a person.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    static final String CONTEXT = "visma-it";
    static final String CLIENT_ID = "it-client";
    static final String CLIENT_SECRET = "it secret:+%é";
    static final byte[] KEY = new byte[32];

    static {
        Arrays.fill(KEY, (byte) 42);
    }

    private static VismaEmulator visma;
    private static URL app;

    private WebClient browser;

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        return application();
    }

    /** The test application: the extension in WEB-INF/lib, the annotation, and its configuration. */
    static WebArchive application() throws IOException {
        int port = Integer.parseInt(System.getProperty("payara.http.port"));
        app = new URL("http", "localhost", port, "/" + CONTEXT + "/");
        visma = SharedVisma.forApp(app, CLIENT_ID, CLIENT_SECRET);
        return TestWar.of(CONTEXT, visma, CLIENT_ID, CLIENT_SECRET, KEY, VismaSetup.class.getPackage());
    }

    @AfterAll
    static void keepIssuedSecrets() {
        IssuedSecrets.keep("shared-visma", visma);
    }

    @BeforeEach
    void openBrowser() {
        browser = Browsers.htmlUnit();
        visma.control().clearIdTokenDefect();
        visma.control().accessTokenLifetime(Duration.ofHours(1));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void demoSignsInPicksACompanyAndLandsOnTheProtectedPageWithTheTokensCommittedEncrypted() throws Exception {
        HtmlPage page = pick(logIn(open("protected/page?tab=2"), "demo"), "Demo AB");

        assertThat(page.getUrl()).isEqualTo(new URL(app, "protected/page?tab=2"));
        assertThat(text(page, "company")).isEqualTo("Demo AB");
        assertThat(text(page, "in-role")).isEqualTo("true");
        assertThat(text(page, "request-principal")).isEqualTo(text(page, "subject")).isEqualTo(subjectOf("demo"));
        List<String> row = row("demo", "Demo AB");
        assertThat(row.get(0)).isEqualTo(CLIENT_ID);
        assertThat(row.get(2)).isEqualTo(text(page, "company-id"));
        assertThat(row.get(7)).isEqualTo("ACTIVE");
        String refreshToken = decrypt(row.get(4));
        assertThat(row.get(4)).doesNotContain(refreshToken).hasSizeGreaterThan(refreshToken.length());
        HttpResponse<String> refreshed = new TokenCalls(visma, new Browserless()).post(visma.tokenEndpoint(),
                "application/x-www-form-urlencoded", "grant_type=refresh_token&refresh_token="
                        + Browserless.encode(refreshToken), TokenCalls.basic(CLIENT_ID, CLIENT_SECRET));
        assertThat(refreshed.statusCode()).as("the stored refresh token is the one Visma issued last").isEqualTo(200);
    }

    @Test
    void signingInAgainWithPromptLoginIntoTheOtherCompanyGivesASecondTokenSet() throws Exception {
        pick(logIn(open("protected/page"), "demo"), "Demo AB");

        HtmlPage again = open("visma/signin?login=true&return=/" + CONTEXT + "/protected/page");
        assertThat(again.getUrl().getPath()).as("prompt=login shows Visma's login form again").isEqualTo("/account/login");
        HtmlPage page = pick(logIn(again, "demo"), "Demo Norge AS");

        assertThat(text(page, "company")).isEqualTo("Demo Norge AS");
        assertThat(rows().stream().filter(row -> row.get(1).equals(subjectOf("demo"))).map(row -> row.get(3)))
                .containsExactlyInAnyOrder("Demo AB", "Demo Norge AS");
    }

    @Test
    void vismaTokenCallsTheApiAsTheSignedInUserInTheirCompany() throws Exception {
        pick(logIn(open("protected/page"), "demo"), "Demo Norge AS");

        String page = browser.getPage(new URL(app, "protected/token")).getWebResponse().getContentAsString();

        assertThat(page.lines()).containsExactly("api-status=200", "api-company=Demo Norge AS",
                "token-company=Demo Norge AS");
    }

    @Test
    void aRefreshInsideAnApplicationTransactionThatRollsBackStaysStored() throws Exception {
        visma.control().accessTokenLifetime(Duration.ofSeconds(30)); // shorter than the refresh skew: every use refreshes
        HtmlPage page = pick(logIn(open("visma/signin?login=true&pick-company=true&return=/" + CONTEXT
                + "/protected/page"), "demo"), "Demo AB");
        String company = text(page, "company-id");
        List<String> before = row("demo", "Demo AB");
        long refreshes = visma.control().count(Counter.REFRESH_TOKEN_GRANTS);
        long reuses = visma.control().count(Counter.REFRESH_TOKEN_REUSES);
        WebRequest post = new WebRequest(new URL(app, "protected/rollback"), HttpMethod.POST);
        post.setRequestParameters(List.of(new NameValuePair("company", company)));

        assertThat(browser.getPage(post).getWebResponse().getContentAsString()).isEqualTo("rolled back");

        List<String> after = row("demo", "Demo AB");
        assertThat(visma.control().count(Counter.REFRESH_TOKEN_GRANTS)).isEqualTo(refreshes + 1);
        assertThat(Long.parseLong(after.get(6))).as("version").isEqualTo(Long.parseLong(before.get(6)) + 1);
        String stored = decrypt(after.get(4));
        assertThat(stored).isNotEqualTo(decrypt(before.get(4)));
        HttpResponse<String> redeemed = new TokenCalls(visma, new Browserless()).post(visma.tokenEndpoint(),
                "application/x-www-form-urlencoded", "grant_type=refresh_token&refresh_token="
                        + Browserless.encode(stored), TokenCalls.basic(CLIENT_ID, CLIENT_SECRET));
        assertThat(redeemed.statusCode()).as("the refresh token kept despite the rollback works").isEqualTo(200);
        assertThat(visma.control().count(Counter.REFRESH_TOKEN_REUSES)).isEqualTo(reuses);
    }

    @Test
    void aPageWhoseTokenCanNoLongerBeRefreshedSendsTheUserToSignInAgainAndBack() throws Exception {
        visma.control().accessTokenLifetime(Duration.ofSeconds(30)); // shorter than the refresh skew: every use refreshes
        Page token = pick(logIn(open("visma/signin?login=true&pick-company=true&return=/" + CONTEXT + "/protected/token"),
                "demo"), "Demo AB");
        assertThat(token.getWebResponse().getContentAsString()).startsWith("api-status=200");
        visma.control().revokeAllTokensOf("demo"); // what a password change at Visma does

        browser.getOptions().setRedirectEnabled(false);
        WebResponse refused = browser.getPage(new URL(app, "protected/token")).getWebResponse();
        assertThat(refused.getStatusCode()).isEqualTo(302);
        assertThat(refused.getResponseHeaderValue("Location")).isEqualTo(app
                + "visma/signin?login=true&pick-company=true&return=%2F" + CONTEXT + "%2Fprotected%2Ftoken");
        assertThat(row("demo", "Demo AB").get(7)).isEqualTo("REAUTHENTICATION_REQUIRED");
        browser.getOptions().setRedirectEnabled(true);

        Page back = pick(logIn(browser.getPage(new URL(app, refused.getResponseHeaderValue("Location"))), "demo"),
                "Demo AB");

        assertThat(back.getUrl()).isEqualTo(new URL(app, "protected/token"));
        assertThat(back.getWebResponse().getContentAsString()).startsWith("api-status=200");
        assertThat(row("demo", "Demo AB").get(7)).isEqualTo("ACTIVE");
    }

    @Test
    void anUnsignedIdTokenEndsOnA400PageAndStoresNothing() throws Exception {
        visma.control().useIdTokenDefect(IdTokenDefect.ALG_NONE);

        List<List<String>> before = rowsOf("solo");

        HtmlPage page = logIn(open("protected/page"), "solo");

        assertRefusalPage(page.getWebResponse(), 400, "VISMAID2020");
        assertThat(rowsOf("solo")).as("solo's token sets, version included").isEqualTo(before);
    }

    // Payara's built-in OpenID mechanism signs the user in on alg none and answers most of these with a 500.
    @ParameterizedTest
    @EnumSource(value = IdTokenDefect.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"NO_KID", "AUDIENCE_AS_ARRAY", "WRONG_SUBJECT"})
    void everyDefectiveIdTokenEndsOnA400PageNeverA500(IdTokenDefect defect) throws Exception {
        visma.control().useIdTokenDefect(defect);

        List<List<String>> before = rowsOf("solo");

        HtmlPage page = logIn(open("protected/page"), "solo");

        assertRefusalPage(page.getWebResponse(), 400, "VISMAID2020");
        assertThat(rowsOf("solo")).as("solo's token sets, version included").isEqualTo(before);
    }

    @Test
    void twoSignInsStartedInTwoTabsBothFinish() throws Exception {
        browser.getOptions().setRedirectEnabled(false);
        URL first = authorizeRedirect("protected/page?tab=1");
        URL second = authorizeRedirect("protected/page?tab=2");
        browser.getOptions().setRedirectEnabled(true);

        HtmlPage secondLanded = pick(logIn(browser.getPage(second), "demo"), "Demo AB");
        // Visma's session now signs the first tab in silently, into the user's default company.
        HtmlPage firstLanded = browser.getPage(first);

        assertThat(secondLanded.getUrl()).isEqualTo(new URL(app, "protected/page?tab=2"));
        assertThat(firstLanded.getUrl()).isEqualTo(new URL(app, "protected/page?tab=1"));
        assertThat(text(firstLanded, "company")).isEqualTo("Demo AB");
    }

    private URL authorizeRedirect(String path) throws IOException {
        WebResponse response = browser.getPage(new URL(app, path)).getWebResponse();
        assertThat(response.getStatusCode()).isEqualTo(302);
        return new URL(response.getResponseHeaderValue("Location"));
    }

    @Test
    void aCallbackWhoseIssNamesAnotherIssuerIsRefusedBeforeAnyTokenCall() throws Exception {
        HtmlPage form = open("protected/page");
        browser.getOptions().setRedirectEnabled(false);
        form.<HtmlInput>getElementByName("username").setValue("solo");
        form.<HtmlInput>getElementByName("password").setValue("solo");
        String callback = form.getHtmlElementById("login").click().getWebResponse().getResponseHeaderValue("Location");
        assertThat(callback).startsWith(app + "visma/callback?").contains("iss=");
        long tokenCalls = visma.control().requests(Endpoint.TOKEN);

        WebResponse forged = browser.getPage(callback.replaceAll("iss=[^&]*", "iss=https%3A%2F%2Fevil.example"))
                .getWebResponse();

        assertRefusalPage(forged, 400, "VISMAID2006");
        assertThat(visma.control().requests(Endpoint.TOKEN)).isEqualTo(tokenCalls);
    }

    @Test
    void theServersReadinessIncludesVismaDiscoveryAndTheTokenStore() throws Exception {
        WebResponse ready = browser.getPage(new URL("http", "localhost", app.getPort(), "/health/ready")).getWebResponse();

        assertThat(ready.getStatusCode()).as(ready.getContentAsString()).isEqualTo(200);
        assertThat(ready.getContentAsString().replaceAll("\\s", "")).contains("\"name\":\"visma-identity\"",
                "\"discovery\":\"UP\"", "\"tokenStore\":\"UP\"");
    }

    @Test
    void aForgedCallbackGetsAClearUncachedErrorPage() throws Exception {
        WebResponse response = browser.getPage(new URL(app, "visma/callback?code=stolen&state=guessed")).getWebResponse();

        assertRefusalPage(response, 400, "VISMAID2004");
        assertThat(response.getResponseHeaderValue("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getResponseHeaderValue("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void anOffSiteReturnTargetLandsOnTheApplicationsRoot() throws Exception {
        HtmlPage page = logIn(open("visma/signin?return=//evil.example/x"), "solo");

        assertThat(page.getUrl()).isEqualTo(app);
        assertThat(text(page, "home")).isEqualTo("Home");
    }

    @Test
    void signingOutEndsTheSessionAtTheAppAndAtVismaAndTheNextProtectedPageGoesToVismaAgain() throws Exception {
        HtmlPage page = logIn(open("protected/page"), "solo");
        long endSessions = visma.control().requests(Endpoint.END_SESSION);

        HtmlPage home = page.getHtmlElementById("sign-out").click();

        assertThat(home.getUrl()).isEqualTo(app);
        assertThat(visma.control().requests(Endpoint.END_SESSION)).as("through Visma's end-session endpoint")
                .isEqualTo(endSessions + 1);

        browser.getOptions().setRedirectEnabled(false);
        WebResponse protectedAgain = browser.getPage(new URL(app, "protected/page")).getWebResponse();

        assertThat(protectedAgain.getStatusCode()).isEqualTo(302);
        assertThat(protectedAgain.getResponseHeaderValue("Location")).startsWith(visma.authorizationEndpoint().toString());
    }

    @Test
    void theApplicationsOwnPersistenceUnitKeepsWorkingBesideTheTokenStore() throws Exception {
        logIn(open("protected/page"), "solo");
        WebRequest post = new WebRequest(new URL(app, "notes"), HttpMethod.POST);
        post.setRequestParameters(List.of(new NameValuePair("text", "hello")));

        WebResponse response = browser.getPage(post).getWebResponse();

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(Long.parseLong(response.getContentAsString().trim())).isPositive();
        assertThat(rows()).isNotEmpty();
    }

    private static void assertRefusalPage(WebResponse response, int status, String messageId) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getContentAsString()).contains(messageId, "Sign in again")
                .doesNotContain("Exception", "\tat ", "stolen");
    }

    private HtmlPage open(String path) throws IOException {
        return browser.getPage(new URL(app, path));
    }

    private static String text(HtmlPage page, String id) {
        return page.getHtmlElementById(id).getTextContent();
    }

    private List<List<String>> rows() throws IOException {
        return TokenRows.of(app);
    }

    private List<List<String>> rowsOf(String username) throws IOException {
        return rows().stream().filter(row -> row.get(1).equals(subjectOf(username))).toList();
    }

    private List<String> row(String username, String company) throws IOException {
        return TokenRows.of(app, username, company);
    }

    private static String decrypt(String stored) throws Exception {
        JWEObject jwe = JWEObject.parse(stored);
        jwe.decrypt(new DirectDecrypter(KEY));
        return jwe.getPayload().toString();
    }
}

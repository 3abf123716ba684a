package io.github.vismaidentity.it.journeys;

import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.crypto.DirectDecrypter;
import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.TokenCalls;
import io.github.vismaidentity.it.signin.app.VismaSetup;
import io.github.vismaidentity.it.support.Browsers;
import io.github.vismaidentity.it.support.IssuedSecrets;
import io.github.vismaidentity.it.support.SharedVisma;
import io.github.vismaidentity.it.support.TestWar;
import io.github.vismaidentity.it.support.TokenRows;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
 * The whole sign-in path, as every server must pass it: a WAR with the extension in WEB-INF/lib, one annotation
 * and a properties file, a JTA datasource on embedded Derby created by server-config's file for that server,
 * and the emulator as Visma, driven by HtmlUnit like a person. A subclass per server deploys
 * {@link #application(int)} through Arquillian and says where the server reports readiness.
 */
public abstract class SignInJourneys {

    public static final String CONTEXT = "visma-it";
    public static final String CLIENT_ID = "it-client";
    public static final String CLIENT_SECRET = "it secret:+%é";
    static final byte[] KEY = new byte[32];

    static {
        Arrays.fill(KEY, (byte) 42);
    }

    protected static VismaEmulator visma;
    protected static URL app;

    protected WebClient browser;

    /** The test application for a server on {@code port}: the extension in WEB-INF/lib, the annotation, its configuration. */
    public static WebArchive application(int port) throws IOException {
        app = new URL("http", "localhost", port, "/" + CONTEXT + "/");
        visma = SharedVisma.forApp(app, CLIENT_ID, CLIENT_SECRET);
        return TestWar.of(CONTEXT, visma, CLIENT_ID, CLIENT_SECRET, KEY, VismaSetup.class.getPackage());
    }

    /** Where the server serves MicroProfile Health's readiness. */
    protected abstract URL readiness() throws IOException;

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
        assertThat(redeem(refreshToken).statusCode()).as("the stored refresh token is the one Visma issued last")
                .isEqualTo(200);
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
        assertThat(redeem(stored).statusCode()).as("the refresh token kept despite the rollback works").isEqualTo(200);
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
    void theServersReadinessNamesEachPartDiscoveryDatasourceTableAndKeyAsUp() throws Exception {
        WebResponse ready = browser.getPage(readiness()).getWebResponse();

        assertThat(ready.getStatusCode()).as(ready.getContentAsString()).isEqualTo(200);
        assertThat(ready.getContentAsString().replaceAll("\\s", "")).contains("\"name\":\"visma-identity\"",
                "\"discovery\":\"UP\"", "\"datasource\":\"UP\"", "\"table\":\"UP\"", "\"key\":\"UP\"");
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
    void requestLogoutAloneSignsTheCallerOutSoTheNextProtectedPageStartsANewSignIn() throws Exception {
        logIn(open("protected/page"), "solo");

        WebResponse logout = browser.getPage(new WebRequest(new URL(app, "logout"), HttpMethod.POST)).getWebResponse();

        assertThat(logout.getContentAsString().lines()).as("what the page saw around request.logout()")
                .containsExactly("signed-in-before=true", "signed-in-after=false", "session=true");
        browser.getOptions().setRedirectEnabled(false);
        WebResponse protectedAgain = browser.getPage(new URL(app, "protected/page")).getWebResponse();
        assertThat(protectedAgain.getStatusCode()).as("the protected page after logout()").isEqualTo(302);
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

    protected HtmlPage open(String path) throws IOException {
        return browser.getPage(new URL(app, path));
    }

    protected static String text(HtmlPage page, String id) {
        return page.getHtmlElementById(id).getTextContent();
    }

    protected List<List<String>> rows() throws IOException {
        return TokenRows.of(app);
    }

    protected List<List<String>> rowsOf(String username) throws IOException {
        return rows().stream().filter(row -> row.get(1).equals(subjectOf(username))).toList();
    }

    private List<String> row(String username, String company) throws IOException {
        return TokenRows.of(app, username, company);
    }

    private static HttpResponse<String> redeem(String refreshToken) throws Exception {
        return new TokenCalls(visma, new Browserless()).post(visma.tokenEndpoint(), "application/x-www-form-urlencoded",
                "grant_type=refresh_token&refresh_token=" + Browserless.encode(refreshToken),
                TokenCalls.basic(CLIENT_ID, CLIENT_SECRET));
    }

    private static String decrypt(String stored) throws Exception {
        JWEObject jwe = JWEObject.parse(stored);
        jwe.decrypt(new DirectDecrypter(KEY));
        return jwe.getPayload().toString();
    }
}

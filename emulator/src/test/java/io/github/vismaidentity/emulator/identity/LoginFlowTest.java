package io.github.vismaidentity.emulator.identity;

import static io.github.vismaidentity.emulator.support.TokenCalls.json;
import static io.github.vismaidentity.emulator.support.TokenCalls.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.SignIn;
import io.github.vismaidentity.emulator.support.TokenCalls;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.htmlunit.Page;
import org.htmlunit.StringWebResponse;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.util.Cookie;
import org.htmlunit.util.WebConnectionWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The login form and company picker in a real (headless) browser, HtmlUnit, which follows every
 * redirect and keeps cookies as a person's browser does.
 * <p>
 * The seeded client's redirect URI, {@code http://localhost:8080/visma/callback}, is not served by
 * anything. Rather than depend on what listens on port 8080, the browser's connection is wrapped
 * ({@link ClientCallback}): a request to exactly that URI is answered in-process with a small page,
 * standing in for the client application, so the browser ends on the callback URL and the test
 * reads {@code code}, {@code state} and {@code iss} from it. Every other request goes to the emulator
 * over real HTTP, and every URL the browser asked for is recorded, so a test can prove that no login
 * form (or no picker) was shown on the way.
 */
class LoginFlowTest {

    private static final String LOGIN_PATH = "/account/login";
    private static final String PICKER_PATH = "/account/company";

    private VismaEmulator emulator;
    private WebClient browser;
    private ClientCallback connection;
    private TokenCalls calls;

    @BeforeEach
    void start() {
        emulator = VismaEmulator.builder().start();
        browser = new WebClient();
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setRedirectEnabled(true);
        connection = new ClientCallback(browser);
        calls = new TokenCalls(emulator, new Browserless());
    }

    @AfterEach
    void stop() {
        browser.close();
        emulator.stop();
    }

    /** The client application's side of the redirect, in-process; see the class comment. */
    private static final class ClientCallback extends WebConnectionWrapper {
        private final List<URL> requested = new CopyOnWriteArrayList<>();

        ClientCallback(WebClient client) {
            super(client);
        }

        @Override
        public WebResponse getResponse(WebRequest request) throws IOException {
            requested.add(request.getUrl());
            if (isCallback(request.getUrl())) {
                return new StringWebResponse("<html><head><title>Client</title></head><body>callback</body></html>",
                        request.getUrl());
            }
            return super.getResponse(request);
        }

        List<String> requestedPaths() {
            return requested.stream().map(URL::getPath).toList();
        }
    }

    private static boolean isCallback(URL url) {
        URI redirect = Seed.REDIRECT_URI;
        return url.getProtocol().equals(redirect.getScheme()) && url.getHost().equals(redirect.getHost())
                && url.getPort() == redirect.getPort() && url.getPath().equals(redirect.getPath());
    }

    /** An authorization request of the seeded client, with its own state, nonce and PKCE verifier. */
    private SignIn request() {
        return new SignIn(emulator, new Browserless());
    }

    private HtmlPage open(URI uri) throws IOException {
        Page page = browser.getPage(uri.toURL());
        assertThat(page).as("an HTML page at %s", page.getUrl()).isInstanceOf(HtmlPage.class);
        return (HtmlPage) page;
    }

    private HtmlPage open(SignIn request) throws IOException {
        connection.requested.clear();
        return open(request.authorizeUri());
    }

    private static HtmlPage logIn(HtmlPage form, String username, String password) throws IOException {
        assertThat(isLoginForm(form)).as("the login form, not %s", form.getUrl()).isTrue();
        form.<HtmlInput>getElementByName("username").setValue(username);
        form.<HtmlInput>getElementByName("password").setValue(password);
        return form.getHtmlElementById("login").click();
    }

    private static HtmlPage pick(HtmlPage picker, String companyName) throws IOException {
        assertThat(picker.getUrl().getPath()).isEqualTo(PICKER_PATH);
        HtmlRadioButtonInput choice = picker.getFirstByXPath(
                "//label[@class='company'][normalize-space(.)='" + companyName + "']/input[@name='company']");
        assertThat(choice).as("'%s' on the picker", companyName).isNotNull();
        choice.setChecked(true);
        return picker.getHtmlElementById("choose").click();
    }

    private static boolean isLoginForm(HtmlPage page) {
        return page.getUrl().getPath().equals(LOGIN_PATH) && page.getElementsByName("username").size() == 1
                && page.getElementsByName("password").size() == 1;
    }

    private static List<String> companiesOnPicker(HtmlPage picker) {
        return picker.<org.htmlunit.html.DomNode>getByXPath("//label[@class='company']").stream()
                .map(label -> label.getTextContent().trim()).toList();
    }

    /** The parameters the browser brought back to the client's redirect URI. */
    private static Map<String, String> callback(HtmlPage page) throws URISyntaxException {
        assertThat(isCallback(page.getUrl())).as("back at the client, not at %s", page.getUrl()).isTrue();
        return Browserless.query(page.getUrl().toURI());
    }

    /** Redeems the callback's code and asks the API which company the tokens are for. */
    private String companyOf(SignIn request, HtmlPage page) throws URISyntaxException {
        Map<String, String> params = callback(page);
        assertThat(params).containsEntry("state", request.param("state")).containsEntry("iss", emulator.issuer());
        String accessToken = (String) tokens(calls.redeem(params.get("code"), request.verifier().getValue()))
                .get("access_token");
        return (String) json(calls.api("companysettings", accessToken)).get("Name");
    }

    /** Signs the browser in as demo, in Demo AB. */
    private void signInAsDemo() throws Exception {
        SignIn request = request();
        assertThat(companyOf(request, pick(logIn(open(request), "demo", "demo"), "Demo AB"))).isEqualTo("Demo AB");
    }

    @Test
    void theLoginPageHasUsernameAndPasswordAndIsNeitherCachedNorLeakedInAReferer() throws Exception {
        HtmlPage form = open(request());

        assertThat(isLoginForm(form)).isTrue();
        assertThat(form.<HtmlInput>getElementByName("password").getType()).isEqualTo("password");
        assertThat(form.getWebResponse().getResponseHeaderValue("Cache-Control")).contains("no-store");
        assertThat(form.getWebResponse().getResponseHeaderValue("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void aWrongPasswordShowsAnErrorAndTheFormAgainWithoutACode() throws Exception {
        HtmlPage again = logIn(open(request()), "demo", "wrong");

        assertThat(isLoginForm(again)).isTrue();
        assertThat(again.asNormalizedText()).contains("Wrong username or password");
        assertThat(again.<HtmlInput>getElementByName("username").getValue()).isEqualTo("demo");
        assertThat(again.<HtmlInput>getElementByName("password").getValue()).isEmpty();
        assertThat(connection.requested).noneMatch(LoginFlowTest::isCallback);
        assertThat(browser.getCookieManager().getCookie(SignInSessions.COOKIE)).isNull();
    }

    @Test
    void aUserWithTwoCompaniesPicksOneAndGetsTokensForIt() throws Exception {
        SignIn request = request();

        HtmlPage picker = logIn(open(request), "demo", "demo");

        assertThat(companiesOnPicker(picker)).containsExactly("Demo AB", "Demo Norge AS");
        assertThat(companyOf(request, pick(picker, "Demo Norge AS"))).isEqualTo("Demo Norge AS");
    }

    @Test
    void aUserWithOneCompanyIsNotShownThePicker() throws Exception {
        SignIn request = request();

        HtmlPage back = logIn(open(request), "solo", "solo");

        assertThat(connection.requestedPaths()).doesNotContain(PICKER_PATH);
        assertThat(companyOf(request, back)).isEqualTo("Solo Konsult AB");
    }

    @Test
    void aSecondRequestInTheSameBrowserSignsInSilentlyToTheDefaultCompany() throws Exception {
        signInAsDemo();
        SignIn second = request();

        HtmlPage back = open(second);

        assertThat(connection.requestedPaths()).doesNotContain(LOGIN_PATH, PICKER_PATH);
        assertThat(companyOf(second, back)).isEqualTo("Demo AB");
    }

    @Test
    void theSignInLastsTenHoursThenTheFormIsShownAgain() throws Exception {
        signInAsDemo();
        emulator.control().advanceClock(Duration.ofHours(10).minusMinutes(1));
        HtmlPage stillSilent = open(request());
        emulator.control().advanceClock(Duration.ofMinutes(2));

        HtmlPage expired = open(request());

        assertThat(isLoginForm(stillSilent)).isFalse();
        assertThat(isLoginForm(expired)).isTrue();
    }

    @Test
    void promptLoginShowsTheFormEvenWhenSignedIn() throws Exception {
        signInAsDemo();

        HtmlPage page = open(request().with("prompt", "login"));

        assertThat(isLoginForm(page)).isTrue();
        assertThat(connection.requested).noneMatch(LoginFlowTest::isCallback);
    }

    @Test
    void selectAccountWithVismasAcrValueShowsThePickerAgainWithoutAPassword() throws Exception {
        signInAsDemo();
        SignIn request = request().with("prompt", "select_account")
                .with("acr_values", AuthorizeEndpoint.SELECT_COMPANY_ACR);

        HtmlPage picker = open(request);

        assertThat(connection.requestedPaths()).doesNotContain(LOGIN_PATH).contains(PICKER_PATH);
        assertThat(companiesOnPicker(picker)).containsExactly("Demo AB", "Demo Norge AS");
        assertThat(companyOf(request, pick(picker, "Demo Norge AS"))).isEqualTo("Demo Norge AS");
    }

    @Test
    void theLegacyPromptLoginWithForceSelectCompanyShowsTheFormAndThenThePicker() throws Exception {
        signInAsDemo();
        SignIn request = request().with("prompt", "login")
                .with("acr_values", AuthorizeEndpoint.SELECT_COMPANY_ACR + " " + AuthorizeEndpoint.LEGACY_SELECT_COMPANY_ACR);

        HtmlPage form = open(request);
        HtmlPage picker = logIn(form, "demo", "demo");

        assertThat(companiesOnPicker(picker)).containsExactly("Demo AB", "Demo Norge AS");
        assertThat(companyOf(request, pick(picker, "Demo Norge AS"))).isEqualTo("Demo Norge AS");
    }

    @Test
    void escapesTheUsernameOnTheReShownForm() throws Exception {
        String hostile = "<script>alert(1)</script>\"><b>x</b>";

        HtmlPage again = logIn(open(request()), hostile, "wrong");

        assertThat(again.<HtmlInput>getElementByName("username").getValue()).isEqualTo(hostile);
        assertThat(again.getElementsByTagName("script")).isEmpty();
        assertThat(again.getElementsByTagName("b")).isEmpty();
        assertThat(again.getWebResponse().getContentAsString()).doesNotContain("<script>")
                .contains("&lt;script&gt;");
    }

    @Test
    void anUnknownLoginRequestShowsAClear400Page() throws Exception {
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);

        HtmlPage page = open(emulator.baseUri().resolve(LOGIN_PATH + "?request=no-such-request"));

        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(400);
        assertThat(page.asNormalizedText()).contains("unknown or has expired", "start the sign-in again");
        assertThat(page.getElementsByName("password")).isEmpty();
    }

    @Test
    void theSignInCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        signInAsDemo();

        Cookie cookie = browser.getCookieManager().getCookie(SignInSessions.COOKIE);

        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualToIgnoringCase("lax");
        assertThat(cookie.getPath()).isEqualTo("/");
    }

    @Test
    void endSessionMakesTheNextRequestShowTheForm() throws Exception {
        signInAsDemo();

        HtmlPage signedOut = open(emulator.baseUri().resolve("/connect/endsession"));
        HtmlPage next = open(request());

        assertThat(signedOut.asNormalizedText()).contains("signed out");
        assertThat(isLoginForm(next)).isTrue();
    }

    @Test
    void revokingAllTokensOfTheUserAlsoEndsTheBrowserSession() throws Exception {
        signInAsDemo();

        emulator.control().revokeAllTokensOf("demo");
        HtmlPage next = open(request());

        assertThat(isLoginForm(next)).isTrue();
    }

    @Test
    void aPersonCanSignInOnTheHomePageAndPickACompany() throws Exception {
        HtmlPage home = open(emulator.baseUri().resolve("/"));

        HtmlPage form = home.getHtmlElementById("sign-in").click();
        HtmlPage outcome = pick(logIn(form, "demo", "demo"), "Demo Norge AS");

        assertThat(outcome.getUrl().getPath()).isEqualTo("/playground/callback");
        assertThat(outcome.getHtmlElementById("company").getTextContent()).isEqualTo("Demo Norge AS");
    }
}

package io.github.vismaidentity.it.journeys;

import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.control.Fault;
import io.github.vismaidentity.it.errorpage.app.ErrorPageSetup;
import io.github.vismaidentity.it.signin.app.CompanySettingsCall;
import io.github.vismaidentity.it.signin.app.Note;
import io.github.vismaidentity.it.signin.app.TokenPage;
import io.github.vismaidentity.it.support.Browsers;
import io.github.vismaidentity.it.support.IssuedSecrets;
import io.github.vismaidentity.it.support.SharedVisma;
import io.github.vismaidentity.it.support.TestWar;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code visma.identity.error-path} on the server under test: the application's own page
 * ({@link io.github.vismaidentity.it.errorpage.app.VismaErrorPage}, which prints what it is given) answers a
 * refused sign-in or sign-out and a token failure escaping a page, with the status set and the documented attributes, in
 * place of the built-in page and the container's 500. A subclass per server deploys {@link #application(int)}.
 */
public abstract class ErrorPageJourneys {

    protected static VismaEmulator visma;
    protected static URL app;

    protected WebClient browser;

    /** The test application of {@link SignInJourneys} with the error page set on its annotation. */
    public static WebArchive application(int port) throws IOException {
        app = new URL("http", "localhost", port, "/" + SignInJourneys.CONTEXT + "/");
        visma = SharedVisma.forApp(app, SignInJourneys.CLIENT_ID, SignInJourneys.CLIENT_SECRET);
        // Note: the persistence unit the WAR carries lists it. TokenPage: a page that lets a token failure escape.
        return TestWar.of(SignInJourneys.CONTEXT, visma, SignInJourneys.CLIENT_ID, SignInJourneys.CLIENT_SECRET,
                SignInJourneys.KEY, ErrorPageSetup.class.getPackage())
                .addClasses(Note.class, TokenPage.class, CompanySettingsCall.class);
    }

    /** For the log audit: the token failure's WARNING carries an exception, and no token may be in it. */
    @AfterAll
    static void keepIssuedSecrets() {
        IssuedSecrets.keep("shared-visma", visma);
    }

    @BeforeEach
    void openBrowser() {
        browser = Browsers.htmlUnit();
        visma.control().clearFaults();
        visma.control().accessTokenLifetime(Duration.ofHours(1));
    }

    @AfterEach
    void closeBrowser() {
        visma.control().clearFaults();
        visma.control().accessTokenLifetime(Duration.ofHours(1));
        browser.close();
    }

    @Test
    void aRefusedCallbackIsForwardedToTheApplicationsPageWithItsStatusAndAttributes() throws Exception {
        HtmlPage page = browser.getPage(new URL(app, "visma/callback?code=stolen&state=guessed"));
        WebResponse response = page.getWebResponse();

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getResponseHeaderValue("Cache-Control")).isEqualTo("no-store");
        assertThat(page.getTitleText()).isEqualTo("Our own error page");
        assertThat(text(page, "message-id")).isEqualTo("VISMAID2004");
        assertThat(text(page, "status")).isEqualTo("400");
        assertThat(text(page, "message")).isNotBlank().doesNotContain("null");
        assertThat(text(page, "advice")).isEqualTo("Start the sign-in again.");
        assertThat(text(page, "sign-in")).isEqualTo("/" + SignInJourneys.CONTEXT + "/visma/signin");
        assertThat(text(page, "dispatcher")).isEqualTo("FORWARD");
        assertThat(response.getContentAsString()).as("the built-in page's markup").doesNotContain("start-again");
    }

    @Test
    void aRefusedSignOutIsForwardedToTheApplicationsPageToo() throws Exception {
        HtmlPage page = browser.getPage(new URL(app, "visma/signout"));

        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(400);
        assertThat(page.getTitleText()).isEqualTo("Our own error page");
        assertThat(text(page, "message-id")).isEqualTo("VISMAID2040");
        assertThat(text(page, "status")).isEqualTo("400");
    }

    @Test
    void aTokenFailureDuringARefreshIsForwardedToTheApplicationsPageAs503InsteadOfTheContainers500()
            throws Exception {
        visma.control().accessTokenLifetime(Duration.ofSeconds(30)); // shorter than the refresh skew: every use refreshes
        HtmlPage form = browser.getPage(new URL(app, "protected/token"));
        form.<HtmlInput>getElementByName("username").setValue("solo");
        form.<HtmlInput>getElementByName("password").setValue("solo");
        Page signedIn = form.getHtmlElementById("login").click();
        assertThat(signedIn.getWebResponse().getContentAsString()).startsWith("api-status=200");
        visma.control().injectFault(Endpoint.TOKEN, Fault.serverError(), 1000);

        HtmlPage page = browser.getPage(new URL(app, "protected/token"));

        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(503);
        assertThat(page.getTitleText()).isEqualTo("Our own error page");
        assertThat(text(page, "message-id")).matches("VISMAID40\\d\\d");
        assertThat(text(page, "status")).isEqualTo("503");
        assertThat(text(page, "advice")).startsWith("Try again in a moment.");
        assertThat(page.getWebResponse().getContentAsString()).as("no address of Visma's")
                .doesNotContain(visma.issuer(), "connect/token");
    }

    private static String text(HtmlPage page, String id) {
        return page.getHtmlElementById(id).getTextContent();
    }
}

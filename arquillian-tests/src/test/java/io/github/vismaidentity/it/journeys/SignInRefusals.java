package io.github.vismaidentity.it.journeys;

import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.control.Fault;
import io.github.vismaidentity.emulator.control.IdTokenDefect;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import static io.github.vismaidentity.it.support.VismaPages.logIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the extension refuses, on the server under test, besides the {@link SignInJourneys}: forged and defective
 * callbacks end on a clear page with a message ID, never a 500, and store nothing. A subclass per server runs both.
 */
public abstract class SignInRefusals extends CallbackAbuse {

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
            names = {"NO_KID", "AUDIENCE_AS_ARRAY", "EXTRA_AUDIENCE_AUTHORIZED", "WRONG_SUBJECT"})
    void everyDefectiveIdTokenEndsOnA400PageNeverA500(IdTokenDefect defect) throws Exception {
        visma.control().useIdTokenDefect(defect);

        List<List<String>> before = rowsOf("solo");

        HtmlPage page = logIn(open("protected/page"), "solo");

        // an expired token says the clocks differ, with an ID of its own that names the setting
        assertRefusalPage(page.getWebResponse(), 400, defect == IdTokenDefect.EXPIRED ? "VISMAID2015" : "VISMAID2020");
        assertThat(rowsOf("solo")).as("solo's token sets, version included").isEqualTo(before);
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
    void aForgedCallbackGetsAClearUncachedErrorPage() throws Exception {
        WebResponse response = browser.getPage(new URL(app, "visma/callback?code=stolen&state=guessed")).getWebResponse();

        assertRefusalPage(response, 400, "VISMAID2004");
        assertThat(response.getResponseHeaderValue("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getResponseHeaderValue("Referrer-Policy")).isEqualTo("no-referrer");
    }

    /** Issue 14 item 2: the read timeout (10 s by default) bounds the body too; the stall is far longer. */
    @Test
    void aTokenAnswerThatStallsAfterItsHeadersEndsOnA504PageWithinTheReadTimeoutAndStoresNothing() throws Exception {
        List<List<String>> before = rowsOf("solo");
        visma.control().injectFault(Endpoint.TOKEN, Fault.stallBody(Duration.ofMinutes(2)), 1);
        long started = System.nanoTime();

        HtmlPage page = logIn(open("protected/page"), "solo");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("well before the stall ends").isLessThan(Duration.ofSeconds(60));
        assertRefusalPage(page.getWebResponse(), 504, "VISMAID2010");
        assertThat(rowsOf("solo")).as("solo's token sets, version included").isEqualTo(before);
    }

    @Test
    void aTokenAnswerLargerThanOneMebibyteEndsOnA502PageAndStoresNothing() throws Exception {
        List<List<String>> before = rowsOf("solo");
        visma.control().injectFault(Endpoint.TOKEN, Fault.oversizedBody(2 * 1024 * 1024), 1);

        HtmlPage page = logIn(open("protected/page"), "solo");

        assertRefusalPage(page.getWebResponse(), 502, "VISMAID2060");
        assertThat(rowsOf("solo")).as("solo's token sets, version included").isEqualTo(before);
    }

    @Test
    void anOffSiteReturnTargetLandsOnTheApplicationsRoot() throws Exception {
        HtmlPage page = logIn(open("visma/signin?return=//evil.example/x"), "solo");

        assertThat(page.getUrl()).isEqualTo(app);
        assertThat(text(page, "home")).isEqualTo("Home");
    }

    private static void assertRefusalPage(WebResponse response, int status, String messageId) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getContentAsString()).contains(messageId, "Sign in again")
                .doesNotContain("Exception", "\tat ", "stolen");
    }
}

package io.github.vismaidentity.it.journeys;

import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.it.support.Browsers;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.stream.Stream;

import static io.github.vismaidentity.it.support.VismaPages.logIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser, a script or an attacker can do to the callback and the sign-in start, on the server under
 * test: a replayed callback never reaches Visma's token endpoint, crafted callbacks end on a 400 page, requests
 * that cannot follow a redirect get a 401, and many unfinished sign-ins never lock a browser out.
 */
public abstract class CallbackAbuse extends ConnectionEventJourneys {

    @Test
    void aReplayedCallbackNeverReachesTheTokenEndpointAndTheStoredSetStaysActive() throws Exception {
        HtmlPage form = open("protected/page");
        List<Cookie> pending = pendingSignInCookies(browser);
        String callback = callbackOf(form, "solo");
        long tokenCalls = visma.control().requests(Endpoint.TOKEN);
        long reuses = visma.control().count(Counter.AUTHORIZATION_CODE_REUSES);

        assertThat(browser.getPage(callback).getWebResponse().getStatusCode()).isEqualTo(302);
        pending.forEach(browser.getCookieManager()::addCookie);
        WebResponse again = browser.getPage(callback).getWebResponse();
        WebClient stranger = Browsers.htmlUnit();
        pending.forEach(stranger.getCookieManager()::addCookie);
        WebResponse elsewhere = stranger.getPage(callback).getWebResponse();

        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(again.getContentAsString()).contains("VISMAID2070", "signed in already");
        assertThat(elsewhere.getStatusCode()).isEqualTo(400);
        assertThat(elsewhere.getContentAsString()).contains("VISMAID2070", "Sign in again");
        assertThat(visma.control().requests(Endpoint.TOKEN)).as("token calls").isEqualTo(tokenCalls + 1);
        assertThat(visma.control().count(Counter.AUTHORIZATION_CODE_REUSES)).isEqualTo(reuses);
        assertThat(rowsOf("solo")).singleElement().satisfies(row -> assertThat(row.get(7)).isEqualTo("ACTIVE"));
        assertThat(browser.getPage(new URL(app, "protected/page")).getWebResponse().getStatusCode()).isEqualTo(200);
        stranger.close();
    }

    static Stream<String> craftedCallbacks() {
        return Stream.of("state=a%20b&code=x", "code=%zz&state=abc", "state=%E0%A4%A&code=x",
                "state=abc&state=abd&code=x", "state=abc&code=x&code=y", "state=a%0D%0Ab&code=x", "state=abc&code=%00",
                "state=a;b&code=x", "state=abc&code=x&iss=%zz", "code=x&state=" + LONG, "state=abc&code=" + LONG,
                "state=abc&error=a%0D%0Ab&error_description=" + LONG, "state=%C3%A6&code=x",
                "state=&code=x&iss=%C3%A6");
    }

    @ParameterizedTest
    @MethodSource("craftedCallbacks")
    void aCraftedCallbackEndsOnA400PageWithAMessageId(String query) throws Exception {
        WebResponse response = browser.getPage(new URL(app, "visma/callback?" + query)).getWebResponse();

        assertThat(response.getStatusCode()).as(query).isEqualTo(400);
        assertThat(response.getContentAsString()).containsPattern("VISMAID20\\d\\d").contains("Sign in again")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void thirtyUnfinishedSignInsDoNotKeepTheBrowserFromSigningIn() throws Exception {
        browser.getOptions().setRedirectEnabled(false);
        for (int i = 0; i < 30; i++) {
            // A long return path makes each sign-in cookie about 2.5 KB, as a real page's query can.
            WebResponse started = browser.getPage(new URL(app, "protected/page?tab=" + i + "&pad=" + "p".repeat(1500)))
                    .getWebResponse();
            assertThat(started.getStatusCode()).as("sign-in %d", i).isEqualTo(302);
        }
        browser.getOptions().setRedirectEnabled(true);

        HtmlPage page = logIn(open("protected/page?tab=last"), "solo");

        assertThat(page.getUrl()).isEqualTo(new URL(app, "protected/page?tab=last"));
        assertThat(pendingSignInCookies(browser)).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void requestsThatCannotFollowARedirectGetA401InsteadOfASignIn() throws Exception {
        WebRequest xhr = new WebRequest(new URL(app, "protected/page"));
        xhr.setAdditionalHeader("X-Requested-With", "XMLHttpRequest");
        WebRequest json = new WebRequest(new URL(app, "protected/page"));
        json.setAdditionalHeader("Accept", "application/json");
        WebRequest post = new WebRequest(new URL(app, "protected/page"), HttpMethod.POST);

        for (WebRequest request : List.of(xhr, json, post)) {
            WebResponse response = browser.getPage(request).getWebResponse();
            assertThat(response.getStatusCode()).as(request.toString()).isEqualTo(401);
            assertThat(response.getResponseHeaderValue("WWW-Authenticate")).startsWith("Visma");
            assertThat(response.getContentAsString()).contains("VISMAID2073");
        }
        assertThat(pendingSignInCookies(browser)).isEmpty();
    }

    private static final String LONG = "x".repeat(5000);

    private String callbackOf(HtmlPage form, String user) throws IOException {
        browser.getOptions().setRedirectEnabled(false);
        form.<HtmlInput>getElementByName("username").setValue(user);
        form.<HtmlInput>getElementByName("password").setValue(user);
        String callback = form.getHtmlElementById("login").click().getWebResponse().getResponseHeaderValue("Location");
        assertThat(callback).startsWith(app + "visma/callback?");
        return callback;
    }

    private static List<Cookie> pendingSignInCookies(WebClient client) {
        return client.getCookieManager().getCookies().stream()
                .filter(cookie -> cookie.getName().startsWith("VismaSignIn-")).toList();
    }
}

package io.github.vismaidentity.benchmarks.http;

import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.SignIn;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's established session with one of the applications: signed in through the emulator's login page
 * the way a browser is (the protected page redirects to the identity server, the login form is posted, the
 * callback returns to the page), then reduced to what a load generator sends: its {@code Cookie} header,
 * and the caller the page must name.
 *
 * @param cookieHeader the application's session cookie, as a {@code Cookie} header value
 * @param caller       the caller's name on the page
 */
record BrowserSession(String cookieHeader, String caller) {

    private static final Pattern CALLER = Pattern.compile("caller=(\\S+)");

    /** Signs {@code username} in at the page {@code page} and checks that the page then names a caller. */
    static BrowserSession signIn(VismaEmulator emulator, URI page, String username, String password, String company) {
        Browserless browser = new Browserless();
        URI authorize = Browserless.location(expect(browser.get(page), 302, page));
        URI callback = SignIn.follow(emulator, browser, authorize, username, password, company);
        URI back = Browserless.location(expect(browser.get(callback), 302, callback));
        HttpResponse<String> signedIn = expect(browser.get(back), 200, back);
        if (!back.getPath().equals(page.getPath())) {
            throw new IllegalStateException("The sign-in at " + page + " ended on " + back + ", not on the page");
        }
        return new BrowserSession(sessionCookie(browser, page), caller(signedIn.body(), page));
    }

    private static String caller(String body, URI page) {
        Matcher caller = CALLER.matcher(body);
        if (!caller.find() || caller.group(1).equals("anonymous")) {
            throw new IllegalStateException("After signing in, " + page + " names no caller: "
                    + body.substring(0, Math.min(300, body.length())));
        }
        return caller.group(1);
    }

    private static String sessionCookie(Browserless browser, URI page) {
        String cookies = browser.http().cookieHandler().map(CookieManager.class::cast).orElseThrow()
                .getCookieStore().get(page).stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::toString)
                .collect(Collectors.joining("; "));
        if (cookies.isEmpty()) {
            throw new IllegalStateException("No session cookie after signing in at " + page);
        }
        return cookies;
    }

    /** Signs {@code username} in at the floor variant's page, which takes the name from the query, no password. */
    static BrowserSession floor(URI page, String username) {
        Browserless browser = new Browserless();
        URI signIn = URI.create(page + "?floor-sign-in=" + Browserless.encode(username));
        HttpResponse<String> signedIn = expect(browser.get(signIn), 200, signIn);
        return new BrowserSession(sessionCookie(browser, page), caller(signedIn.body(), page));
    }

    /** What the page shows for this caller: the load generator checks every response for it. */
    String pageMarker() {
        return "caller=" + caller;
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status, URI uri) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("GET " + uri + ": expected HTTP " + status + ", got " + response.statusCode()
                    + " " + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return response;
    }
}

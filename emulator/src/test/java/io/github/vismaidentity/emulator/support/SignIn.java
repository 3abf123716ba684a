package io.github.vismaidentity.emulator.support;

import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.directory.Seed;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds authorization requests the way a correct client does (state, nonce, PKCE S256, the
 * mandatory scopes) and walks the login form and company picker like a browser.
 */
public final class SignIn {

    public static final String SCOPE = "openid offline_access ea:api ea:sales";

    private final VismaEmulator emulator;
    private final Browserless browser;
    private final Map<String, String> params = new LinkedHashMap<>();
    private final CodeVerifier verifier = new CodeVerifier();

    public SignIn(VismaEmulator emulator, Browserless browser) {
        this.emulator = emulator;
        this.browser = browser;
        params.put("response_type", "code");
        params.put("client_id", Seed.CLIENT_ID);
        params.put("redirect_uri", Seed.REDIRECT_URI.toString());
        params.put("scope", SCOPE);
        params.put("state", "state-" + System.nanoTime());
        params.put("nonce", "nonce-" + System.nanoTime());
        params.put("code_challenge", CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue());
        params.put("code_challenge_method", "S256");
    }

    /** Sets a parameter; {@code null} removes it. */
    public SignIn with(String name, String value) {
        if (value == null) {
            params.remove(name);
        } else {
            params.put(name, value);
        }
        return this;
    }

    public String param(String name) {
        return params.get(name);
    }

    public CodeVerifier verifier() {
        return verifier;
    }

    public URI authorizeUri() {
        return URI.create(emulator.authorizationEndpoint() + "?" + Browserless.form(params));
    }

    /** The authorize request's response, not followed. */
    public HttpResponse<String> authorize() {
        return browser.get(authorizeUri());
    }

    /**
     * Authorize, log in, pick the company (by name, when the picker shows), and return the
     * parameters of the redirect back to the client.
     */
    public Map<String, String> complete(String username, String password, String companyName) {
        return Browserless.query(follow(emulator, browser, authorizeUri(), username, password, companyName));
    }

    /**
     * Sends any authorization request, logs in, picks the company (by name, when the picker shows), and
     * returns the redirect back to the client, not followed: the callback URI with its query.
     */
    public static URI follow(VismaEmulator emulator, Browserless browser, URI authorize, String username,
                             String password, String companyName) {
        URI next = Browserless.location(browser.get(authorize));
        if (next.getPath().equals("/account/login")) {
            String request = Browserless.query(next).get("request");
            HttpResponse<String> form = browser.get(next);
            if (form.statusCode() != 200) {
                throw new AssertionError("Login form: HTTP " + form.statusCode());
            }
            next = Browserless.location(browser.postForm(emulator.baseUri().resolve("/account/login"),
                    Map.of("request", request, "username", username, "password", password)));
        }
        if (next.getPath().equals("/account/company")) {
            HttpResponse<String> picker = browser.get(next);
            next = Browserless.location(browser.postForm(emulator.baseUri().resolve("/account/company"),
                    Map.of("request", Browserless.query(next).get("request"),
                            "company", companyId(picker.body(), companyName))));
        }
        return next;
    }

    /** The authorization code of a sign-in as {@code demo} in "Demo AB". */
    public String code() {
        return complete("demo", "demo", "Demo AB").get("code");
    }

    private static String companyId(String pickerHtml, String companyName) {
        Matcher matcher = Pattern.compile("value=\"([^\"]+)\"[^>]*> " + Pattern.quote(companyName) + "</label>")
                .matcher(pickerHtml);
        if (!matcher.find()) {
            throw new AssertionError("No company '" + companyName + "' on the picker: " + pickerHtml);
        }
        return matcher.group(1);
    }
}

package io.github.vismaidentity.emulator.playground;

import static io.github.vismaidentity.emulator.playground.Playground.escaped;

import com.nimbusds.oauth2.sdk.Scope;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.http.Html;
import java.net.URI;

/** The home page and the playground's result pages. */
final class PlaygroundPages {

    /** What a completed sign-in gave. */
    record Outcome(String subject, String companyName, String companyId, Scope scope, long expiresIn) {
    }

    private PlaygroundPages() {
    }

    static String home(URI base) {
        return Html.page("Visma eAccounting emulator", """
                <p>A local stand-in for Visma's identity server and a slice of the eAccounting API.</p>
                <h2>Try a sign-in</h2>
                <ul>
                <li><a id="sign-in" href="/playground/start">Sign in</a> (user <code>demo</code>, password <code>demo</code>; or <code>solo</code> / <code>solo</code>)</li>
                <li><a id="select-company" href="/playground/start?select_company=true">Sign in to another company</a> (the company picker, as <code>prompt=select_account</code> forces it)</li>
                <li><a id="sign-in-again" href="/playground/start?prompt=login">Sign in again</a> (<code>prompt=login</code>)</li>
                <li><a id="sign-out" href="/connect/endsession?client_id=emulator-playground&amp;post_logout_redirect_uri=%s">Sign out</a></li>
                </ul>
                <h2>Endpoints</h2>
                <ul>
                <li>Discovery: <code>%s</code></li>
                <li>Authorize: <code>%s</code></li>
                <li>Token: <code>%s</code></li>
                <li>API: <code>%s</code></li>
                </ul>
                """.formatted(escaped(base.resolve("/")), escaped(base.resolve(Endpoint.DISCOVERY.path())),
                escaped(base.resolve(Endpoint.AUTHORIZE.path())), escaped(base.resolve(Endpoint.TOKEN.path())),
                escaped(base.resolve("/v2/"))));
    }

    static String success(Outcome outcome) {
        return Html.page("Signed in", """
                <p>Signed in to <strong id="company">%s</strong>.</p>
                <ul>
                <li>Company id: <code id="company-id">%s</code></li>
                <li>User (<code>sub</code>): <code id="subject">%s</code></li>
                <li>Scope: <code id="scope">%s</code></li>
                <li>Access token valid for %d seconds; a new refresh token came with it (it works once).</li>
                </ul>
                <p><a href="/">Back</a></p>
                """.formatted(escaped(outcome.companyName()), escaped(outcome.companyId()), escaped(outcome.subject()),
                escaped(outcome.scope()), outcome.expiresIn()));
    }

    static String failure(String message) {
        return Html.page("Sign-in failed", "<p class=\"error\" id=\"failure\">" + escaped(message)
                + "</p><p><a href=\"/\">Back</a></p>");
    }
}

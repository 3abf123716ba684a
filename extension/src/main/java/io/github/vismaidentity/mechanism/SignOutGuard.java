package io.github.vismaidentity.mechanism;

import io.github.vismaidentity.protocol.SignInFailure;

import java.util.Locale;
import java.util.Optional;

/**
 * What a request to sign-out must show before it signs anybody out (issue 14 item 11): that it is a POST, that
 * the browser does not say it came from another site, and that it carries the session's sign-out token
 * ({@link SignOutTokens}). A page on another site can make a browser POST there with the session cookie
 * (browsers without SameSite defaults, or Chrome's two-minute Lax-plus-POST window), and with
 * end-session at Visma on, that would sign the user out of Visma too; it cannot read the token.
 */
final class SignOutGuard {

    static final String GET_REFUSED = "VISMAID2040";
    static final String TOKEN_REFUSED = "VISMAID2090";
    static final String OTHER_SITE_REFUSED = "VISMAID2091";

    private static final String STILL_SIGNED_IN = "You are still signed in: sign out with the application's own "
            + "Sign out button.";

    private SignOutGuard() {
    }

    /**
     * Why this request may not sign out, or empty when it may.
     *
     * @param fetchSite the request's {@code Sec-Fetch-Site} header, null when the browser sends none (older
     *                  browsers: then the token alone decides)
     * @param expected  the session's token, null when the session has none
     * @param sent      the form's {@value io.github.vismaidentity.VismaSignOut#FIELD} field, null when absent
     */
    static Optional<SignInFailure> refusal(String method, String fetchSite, String expected, String sent,
                                           String signOutPath) {
        if (!"POST".equals(method)) {
            return Optional.of(SignInFailure.refused(GET_REFUSED, "Sign out with a form that POSTs to "
                    + signOutPath + "; a plain link does not sign out."));
        }
        // Defence in depth: Fetch Metadata says where the form was, whatever proxies did to Host and scheme
        // (which is why Origin is not compared with this server's own address).
        String site = fetchSite == null ? "" : fetchSite.toLowerCase(Locale.ROOT);
        if (site.equals("cross-site") || site.equals("same-site")) {
            return Optional.of(SignInFailure.forbidden(OTHER_SITE_REFUSED, "The sign-out request came from a page "
                    + "on another site (the browser sent Sec-Fetch-Site: " + site + ").", STILL_SIGNED_IN));
        }
        if (!SignOutTokens.same(expected, sent)) {
            return Optional.of(SignInFailure.forbidden(TOKEN_REFUSED, "The sign-out form did not carry this "
                    + "session's sign-out token (" + (sent == null || sent.isEmpty() ? "none" : "another one")
                    + "): it came from another site, or from a page older than the last sign-in.", STILL_SIGNED_IN));
        }
        return Optional.empty();
    }
}

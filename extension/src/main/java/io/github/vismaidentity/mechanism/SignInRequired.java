package io.github.vismaidentity.mechanism;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;

/**
 * The answer to a protected request without a caller that cannot follow a redirect to Visma's sign-in pages: a
 * script's request ({@code X-Requested-With: XMLHttpRequest}, {@code Sec-Fetch-Mode} other than
 * {@code navigate}), one that wants JSON and not HTML, or one that is not a GET or HEAD (a form post after the
 * session ended would lose its body anyway). It gets a 401 with a short text body instead of a sign-in it
 * cannot finish, which would only leave a sign-in cookie behind; the {@code WWW-Authenticate} header names the
 * page that signs in, for a script that wants to send the user there.
 */
final class SignInRequired {

    /** A protected request that cannot follow a redirect to Visma was answered with a 401. */
    static final String ID = "VISMAID2073";
    static final String SCHEME = "Visma-SignIn";

    private SignInRequired() {
    }

    /** Whether a protected request may be sent to Visma's sign-in pages, from what it says about itself. */
    static boolean canFollowRedirect(String method, String accept, String requestedWith, String fetchMode) {
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        if ("XMLHttpRequest".equalsIgnoreCase(requestedWith)) {
            return false;
        }
        if (fetchMode != null && !"navigate".equalsIgnoreCase(fetchMode)) {
            return false;
        }
        String accepted = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        return !accepted.contains("application/json") || accepted.contains("text/html");
    }

    static boolean canFollowRedirect(HttpServletRequest request) {
        return canFollowRedirect(request.getMethod(), request.getHeader("Accept"),
                request.getHeader("X-Requested-With"), request.getHeader("Sec-Fetch-Mode"));
    }

    static void send(HttpServletResponse response, String signInPath) throws IOException {
        response.setHeader("WWW-Authenticate", SCHEME + " realm=\"visma-identity\", sign_in=\"" + signInPath + "\"");
        Responses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "text/plain", ID + ": Sign-in required. "
                + "This request cannot follow a redirect to Visma's sign-in (it is a script's request, asks for JSON, "
                + "or is not a GET); open " + signInPath
                + " in the browser to sign in.\n");
    }
}

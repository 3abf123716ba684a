package io.github.vismaidentity;

import io.github.vismaidentity.mechanism.SignOutTokens;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The sign-out form's token, which protects {@value VismaIdentityDefinition#SIGN_OUT_PATH} against cross-site
 * requests: a POST there signs the user out only when it carries the token of the user's HTTP session in the
 * field {@value #FIELD}. Without it (a form on another site, a page from before the last sign-in) the answer
 * is a 403 page with message ID {@code VISMAID2090}, and the user stays signed in. A POST that the browser
 * marks as coming from another site ({@code Sec-Fetch-Site: cross-site} or {@code same-site}) is refused
 * with {@code VISMAID2091} whatever it carries.
 *
 * <p>Put the token into the sign-out form of every page that shows one, for example from a servlet
 * ({@code request.setAttribute("signOutToken", VismaSignOut.token(request))}) and then in the JSP:
 * <pre>{@code
 * <form method="post" action="${pageContext.request.contextPath}/visma/signout">
 *     <input type="hidden" name="visma-sign-out" value="${signOutToken}">
 *     <button type="submit">Sign out</button>
 * </form>
 * }</pre>
 *
 * <p>The token is a random secret per session: it is made on first use, never leaves the server but in the
 * page, and is replaced at every sign-in, so a token seen before a sign-in does not sign out after it.
 */
public final class VismaSignOut {

    /** The name of the form field that carries the token: {@value}. */
    public static final String FIELD = "visma-sign-out";

    private VismaSignOut() {
    }

    /**
     * The token of the request's HTTP session, which is created when it does not exist yet.
     *
     * @param request the request whose page shows the sign-out form
     * @return the value for the form field {@value #FIELD}
     */
    public static String token(HttpServletRequest request) {
        return SignOutTokens.of(request.getSession());
    }
}

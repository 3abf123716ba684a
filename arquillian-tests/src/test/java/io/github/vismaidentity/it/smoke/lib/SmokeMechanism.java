package io.github.vismaidentity.it.smoke.lib;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * A stand-in for the real mechanism: sends anonymous callers of protected pages to the issuer, signs in
 * "demo" on {@code /visma/callback?code=...}, and answers {@code /visma/callback?error=...} with a 400 page.
 */
public class SmokeMechanism implements HttpAuthenticationMechanism {

    public static final String CALLBACK = "/visma/callback";
    public static final String ERROR_PAGE = "<html><body><h1>Sign-in failed</h1><p id=\"reason\">%s</p></body></html>";

    private static final String CALLER = SmokeMechanism.class.getName() + ".caller";
    private static final String ORIGINAL = SmokeMechanism.class.getName() + ".original";

    private final String issuer;

    public SmokeMechanism(String issuer) {
        this.issuer = issuer;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(CALLBACK)) {
            return callback(request, response, context);
        }
        HttpSession session = request.getSession(false);
        String caller = session == null ? null : (String) session.getAttribute(CALLER);
        if (caller != null) {
            return context.notifyContainerAboutLogin(new CallerPrincipal(caller), Set.of("user"));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String original = request.getRequestURL() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        request.getSession(true).setAttribute(ORIGINAL, original);
        return context.redirect(issuer + "/connect/authorize");
    }

    private AuthenticationStatus callback(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String error = request.getParameter("error");
        if (error != null) {
            writeErrorPage(response, error);
            return "failure".equals(request.getParameter("reply"))
                    ? AuthenticationStatus.SEND_FAILURE : AuthenticationStatus.SEND_CONTINUE;
        }
        HttpSession session = request.getSession(false);
        String original = session == null ? null : (String) session.getAttribute(ORIGINAL);
        if (original == null) {
            writeErrorPage(response, "no sign-in in progress");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        request.changeSessionId();
        session.removeAttribute(ORIGINAL);
        session.setAttribute(CALLER, "demo");
        return context.redirect(original);
    }

    private static void writeErrorPage(HttpServletResponse response, String reason) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/html;charset=UTF-8");
        try {
            response.getWriter().write(String.format(ERROR_PAGE, reason.replaceAll("[^a-z_ ]", "")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

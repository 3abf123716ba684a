package io.github.vismaidentity.sample.web;

import io.github.vismaidentity.VismaCallerPrincipal;
import io.github.vismaidentity.VismaSignOut;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Renders the JSP views under {@code /WEB-INF/views}, which escape every value they print. */
final class Views {

    private Views() {
    }

    /**
     * Renders {@code view} for the caller that {@code security} names. The caller is read from Jakarta
     * Security's {@code SecurityContext}, which returns the extension's {@link VismaCallerPrincipal} on every
     * server; {@code request.getUserPrincipal()} may be a server's own wrapper of it.
     */
    static void render(HttpServletRequest request, HttpServletResponse response, SecurityContext security,
                       String view) throws ServletException, IOException {
        // Pages with company data are per user: no shared cache may keep them.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        request.setAttribute("time", Times.INSTANCE);
        VismaCallerPrincipal caller = caller(security);
        request.setAttribute("caller", caller);
        if (caller != null) {
            // Only signed-in callers see forms that change something.
            request.setAttribute("csrf", CsrfTokens.of(request.getSession()));
            // The extension's own token for its sign-out form (header.jspf): without it, sign-out is refused.
            request.setAttribute("signOutToken", VismaSignOut.token(request));
        }
        request.getRequestDispatcher("/WEB-INF/views/" + view + ".jsp").forward(request, response);
    }

    /** The caller signed in through Visma, or null. */
    static VismaCallerPrincipal caller(SecurityContext security) {
        return security.getCallerPrincipal() instanceof VismaCallerPrincipal caller ? caller : null;
    }
}

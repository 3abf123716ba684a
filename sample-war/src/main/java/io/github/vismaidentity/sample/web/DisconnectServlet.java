package io.github.vismaidentity.sample.web;

import io.github.vismaidentity.VismaCallerPrincipal;
import io.github.vismaidentity.VismaTokens;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * {@code POST /disconnect}, protected: revokes the caller's connection to their current company at Visma and
 * deletes its tokens ({@link VismaTokens#disconnect}), then signs the caller out of the app, whose session
 * was about that company.
 */
@WebServlet("/disconnect")
public class DisconnectServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext security;

    @Inject
    transient VismaTokens tokens;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (CsrfTokens.refused(request, response, "the company page")) {
            return;
        }
        VismaCallerPrincipal caller = Views.caller(security);
        if (caller == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Nobody signed in through Visma.");
            return;
        }
        tokens.disconnect(caller.getSubject(), caller.getCompanyId());
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/?disconnected");
    }
}

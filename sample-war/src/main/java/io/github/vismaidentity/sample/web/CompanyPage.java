package io.github.vismaidentity.sample.web;

import io.github.vismaidentity.eaccounting.EAccountingClient;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A protected page with the signed-in caller's company data: it reads and writes through the injected
 * {@link EAccountingClient}, whose every call carries the caller's {@code @VismaToken} (looked up per call, so a
 * servlet may hold the client), and renders a view for that caller.
 */
abstract class CompanyPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext security;

    @Inject
    transient EAccountingClient api;

    /** Renders {@code view} (under {@code /WEB-INF/views}) for the signed-in caller. */
    void render(HttpServletRequest request, HttpServletResponse response, String view)
            throws ServletException, IOException {
        Views.render(request, response, security, view);
    }
}

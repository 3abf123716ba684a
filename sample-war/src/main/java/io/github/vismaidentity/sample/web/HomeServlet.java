package io.github.vismaidentity.sample.web;

import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.sample.jobs.CompanyRefreshJob;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /}, public: what the app is, the button that connects a company, the connected companies and the
 * background job's last run. A real app shows the list of connections to its administrators only.
 */
@WebServlet("")
public class HomeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext security;

    @Inject
    transient VismaTokens tokens;

    @Inject
    transient CompanyRefreshJob job;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("connections", tokens.connections());
        request.setAttribute("job", job);
        Views.render(request, response, security, "home");
    }
}

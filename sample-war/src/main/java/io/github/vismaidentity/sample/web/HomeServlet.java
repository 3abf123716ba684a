package io.github.vismaidentity.sample.web;

import io.github.vismaidentity.VismaCallerPrincipal;
import io.github.vismaidentity.VismaConnection;
import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.sample.jobs.CompanyCheck;
import io.github.vismaidentity.sample.jobs.CompanyRefreshJob;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /}, public: what the app is and the button that connects a company; for a signed-in caller, their own
 * connections (by their Visma {@code sub}) and what the background job last found in those companies. Nobody
 * sees another user's companies, and an anonymous visitor sees none: which companies use the app is the
 * business of the users who connected them.
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
        VismaCallerPrincipal caller = Views.caller(security);
        List<VismaConnection> connections = caller == null ? List.of() : tokens.connections().stream()
                .filter(connection -> connection.subject().equals(caller.getSubject())).toList();
        Set<String> companies = connections.stream().map(VismaConnection::companyId).collect(Collectors.toSet());
        List<CompanyCheck> checks = job.lastChecks().stream()
                .filter(check -> companies.contains(check.companyId())).toList();
        request.setAttribute("connections", connections);
        request.setAttribute("checks", checks);
        request.setAttribute("job", job);
        Views.render(request, response, security, "home");
    }
}

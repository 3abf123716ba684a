package io.github.vismaidentity.sample.web;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaToken;
import io.github.vismaidentity.sample.api.EAccountingClient;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /company}, protected: the signed-in caller's company as {@code /v2/companysettings} describes it,
 * read with the caller's {@code @VismaToken} through the extension's Bearer filter.
 */
@WebServlet("/company")
public class CompanyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext security;

    @Inject
    @VismaToken
    transient VismaAccessToken token;

    @Inject
    transient EAccountingClient api;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("settings", api.companySettings());
        request.setAttribute("userName", api.currentUserName());
        // The token itself never reaches a page; when it expires and for which company is enough to show.
        request.setAttribute("tokenExpiresAt", token.expiresAt());
        request.setAttribute("tokenCompanyId", token.companyId());
        Views.render(request, response, security, "company");
    }
}

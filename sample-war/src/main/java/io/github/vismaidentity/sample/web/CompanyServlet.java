package io.github.vismaidentity.sample.web;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaToken;
import io.github.vismaidentity.eaccounting.Query;
import io.github.vismaidentity.eaccounting.model.User;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /company}, protected: the signed-in caller's company as {@code /v2/companysettings} describes it, and the
 * caller's name from {@code /v2/users} (Visma's ID token carries no name), both through the typed client, which
 * calls with the caller's {@code @VismaToken}.
 */
@WebServlet("/company")
public class CompanyServlet extends CompanyPage {

    private static final long serialVersionUID = 1L;

    @Inject
    @VismaToken
    transient VismaAccessToken token;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("settings", api.companySettings().get());
        request.setAttribute("userName", currentUserName());
        // The token itself never reaches a page; when it expires and for which company is enough to show.
        request.setAttribute("tokenExpiresAt", token.expiresAt());
        request.setAttribute("tokenCompanyId", token.companyId());
        render(request, response, "company");
    }

    /** The name of the user the company's user list marks as the caller; empty when it marks none. */
    private String currentUserName() {
        try (var users = api.users().stream(Query.all())) {
            return users.filter(user -> Boolean.TRUE.equals(user.isCurrentUser())).findFirst()
                    .map(CompanyServlet::fullName).orElse("");
        }
    }

    static String fullName(User user) {
        return ((user.firstName() == null ? "" : user.firstName()) + " "
                + (user.lastName() == null ? "" : user.lastName())).trim();
    }
}

package io.github.vismaidentity.it.signin.app;

import io.github.vismaidentity.VismaTokens;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** What a background job does: a token by company, with nobody signed in. Test-only, unprotected. */
@WebServlet("/test/company-token")
public class CompanyTokenPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private VismaTokens tokens;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(CompanySettingsCall.describe(tokens.forCompany(request.getParameter("company"))));
    }
}

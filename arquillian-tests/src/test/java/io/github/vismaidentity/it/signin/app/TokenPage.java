package io.github.vismaidentity.it.signin.app;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaToken;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** What an application does with {@code @VismaToken}: calls the eAccounting API as the signed-in user. */
@WebServlet("/protected/token")
public class TokenPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @VismaToken
    private VismaAccessToken token;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(CompanySettingsCall.describe(token) + "token-company=" + token.companyName() + "\n");
    }
}

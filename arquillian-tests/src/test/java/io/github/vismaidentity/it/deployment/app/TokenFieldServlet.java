package io.github.vismaidentity.it.deployment.app;

import io.github.vismaidentity.VismaToken;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The mistake the extension refuses: a servlet is made once and serves every request, so a token string
 * injected into its field would be the first caller's for everyone.
 */
@WebServlet("/token-field")
public class TokenFieldServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @VismaToken
    private transient String accessToken;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.getWriter().print(accessToken.length());
    }
}

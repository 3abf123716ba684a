package io.github.vismaidentity.it.nodes.app;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaReauthenticationRequiredException;
import io.github.vismaidentity.VismaTokenException;
import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.it.signin.app.CompanySettingsCall;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A background job's view of one company on this node: calls the API with the token the node hands out
 * and names that token by a SHA-256 prefix, so a test can tell whether two nodes serve the same token
 * without any token leaving the server. A typed failure is answered with its message ID. Test-only.
 */
@WebServlet("/test/probe")
public class TokenProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private VismaTokens tokens;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        VismaAccessToken token;
        try {
            token = tokens.forCompany(request.getParameter("company"));
        } catch (VismaTokenException e) {
            response.setStatus(e instanceof VismaReauthenticationRequiredException ? 401 : 503);
            response.getWriter().print("error=" + e.messageId() + "\n");
            return;
        }
        response.getWriter().print(CompanySettingsCall.describe(token) + "token=" + fingerprint(token.value()) + "\n");
    }

    private static String fingerprint(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

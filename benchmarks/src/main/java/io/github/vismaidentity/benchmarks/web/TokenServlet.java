package io.github.vismaidentity.benchmarks.web;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaToken;
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
 * The refresh storm's page (extension variant only): it asks for the caller's {@code @VismaToken}, which
 * refreshes it when it has expired, and answers with a fingerprint of the access token (the first 8 bytes
 * of its SHA-256, never the token), so the driver can check that all callers of one user got the same token.
 */
@WebServlet("/token")
public class TokenServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @VismaToken
    transient VismaAccessToken token;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("token=" + fingerprint(token.value()) + " expires=" + token.expiresAt() + "\n");
    }

    private static String fingerprint(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}

package io.github.vismaidentity.sample.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A secret per session that every form which changes something carries in a hidden field, so that a page on
 * another site cannot make a signed-in user's browser disconnect a company or create a customer (the session cookie
 * would go along).
 */
final class CsrfTokens {

    static final String FIELD = "csrf";
    private static final String ATTRIBUTE = CsrfTokens.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfTokens() {
    }

    /** The session's token, made on first use. */
    static String of(HttpSession session) {
        synchronized (session) {
            Object token = session.getAttribute(ATTRIBUTE);
            if (token == null) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                session.setAttribute(ATTRIBUTE, token);
            }
            return (String) token;
        }
    }

    /** Whether the request's form field carries its session's token. */
    static boolean matches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String sent = request.getParameter(FIELD);
        if (session == null || sent == null || !(session.getAttribute(ATTRIBUTE) instanceof String expected)) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Answers HTTP 403, saying to open {@code page} again, when the request's form field does not carry its session's
     * token; then the caller must do nothing more.
     *
     * @return whether the request was refused
     */
    static boolean refused(HttpServletRequest request, HttpServletResponse response, String page) throws IOException {
        if (matches(request)) {
            return false;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN,
                "This form is out of date or came from another site: open " + page + " and try again.");
        return true;
    }
}

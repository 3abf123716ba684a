package io.github.vismaidentity.mechanism;

import io.github.vismaidentity.VismaSignOut;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The sign-out form's token: 32 random bytes per HTTP session, made on first use, forgotten at sign-in and at
 * sign-out so that a token seen before a sign-in is worthless after it. Applications reach it through
 * {@link VismaSignOut}; this class is the implementation, not API.
 */
public final class SignOutTokens {

    private static final String ATTRIBUTE = SignOutTokens.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private SignOutTokens() {
    }

    /** The session's token, made on first use. */
    public static String of(HttpSession session) {
        synchronized (session) {
            if (session.getAttribute(ATTRIBUTE) instanceof String token) {
                return token;
            }
            String token = newToken();
            session.setAttribute(ATTRIBUTE, token);
            return token;
        }
    }

    /** The token the request's session holds, if it was ever asked for one. */
    static Optional<String> stored(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof String token
                ? Optional.of(token) : Optional.empty();
    }

    static void forget(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }

    /** Whether {@code sent} is {@code expected}, in a time that does not tell how much of it matched. */
    static boolean same(String expected, String sent) {
        return expected != null && sent != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

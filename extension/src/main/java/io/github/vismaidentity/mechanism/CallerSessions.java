package io.github.vismaidentity.mechanism;

import io.github.vismaidentity.VismaCallerPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.Optional;

/**
 * The signed-in caller, kept in the HTTP session so that later requests are authenticated without a
 * trip to Visma (what {@code @AutoApplySession} does for discovered mechanisms). Signing in changes the
 * session id, so a session id planted before sign-in is worthless afterwards (session fixation).
 */
final class CallerSessions {

    static final String ATTRIBUTE = VismaCallerPrincipal.class.getName();

    private CallerSessions() {
    }

    static Optional<VismaCallerPrincipal> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        return session.getAttribute(ATTRIBUTE) instanceof VismaCallerPrincipal caller ? Optional.of(caller) : Optional.empty();
    }

    static void signIn(HttpServletRequest request, VismaCallerPrincipal caller) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        // A sign-out token handed out before this sign-in (to whoever held the session then) signs nobody out.
        SignOutTokens.forget(session);
        session.setAttribute(ATTRIBUTE, caller);
    }

    /**
     * Takes the caller (and the sign-out token) out of the session and leaves the rest of it, for
     * {@code HttpServletRequest.logout()}: the application decides whether its session ends too.
     */
    static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
            SignOutTokens.forget(session);
        }
    }

    static void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}

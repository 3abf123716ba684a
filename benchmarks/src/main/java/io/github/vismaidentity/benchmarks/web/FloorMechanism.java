package io.github.vismaidentity.benchmarks.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.util.Set;

/**
 * Variant 4 of the side-by-side run, the floor of Jakarta Security on this server: a mechanism that does the
 * least any session-based mechanism must do on a signed-in request, read the caller from the session and
 * hand it to the container. What the page costs here beyond the unprotected page is what the container
 * charges every mechanism (its authentication bridge and the authorization check), before a mechanism does
 * anything of its own.
 *
 * <p><strong>Not a real mechanism:</strong> it signs in whoever asks with {@code ?floor-sign-in=NAME}, with no
 * password. It exists only in the benchmark's WAR, to measure the container.
 */
@ApplicationScoped
public class FloorMechanism implements HttpAuthenticationMechanism {

    private static final String CALLER = FloorMechanism.class.getName() + ".caller";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof String caller) {
            return context.notifyContainerAboutLogin(caller, Set.of());
        }
        String signIn = request.getParameter("floor-sign-in");
        if (signIn != null && !signIn.isBlank()) {
            request.getSession(true).setAttribute(CALLER, signIn);
            return context.notifyContainerAboutLogin(signIn, Set.of());
        }
        return context.isProtected() ? context.responseUnauthorized() : context.doNothing();
    }
}

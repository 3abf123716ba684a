package io.github.vismaidentity.mechanism;

import io.github.vismaidentity.VismaReauthenticationRequiredException;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Turns a {@link VismaReauthenticationRequiredException} escaping a page into a fresh sign-in: the browser
 * goes to Visma (password asked again, company picker shown) and comes back to the page it asked for,
 * instead of seeing a 500. A {@link io.github.vismaidentity.VismaTransientException} or
 * {@link io.github.vismaidentity.VismaConfigurationException} goes to the application's own error page when
 * {@value io.github.vismaidentity.VismaIdentityDefinition#ERROR_PATH} names one ({@link AppErrorPage}). Anything
 * else passes through untouched; an application that does not use the extension never throws these, so the
 * filter never acts.
 */
public final class ReauthenticationFilter implements Filter {

    private static final Logger LOG = Logger.getLogger(ReauthenticationFilter.class.getName());

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            Optional<VismaReauthenticationRequiredException> reauthenticate = find(e);
            if (reauthenticate.isEmpty() && AppErrorPage.tokenFailure(request, response, e)) {
                return;
            }
            if (reauthenticate.isEmpty() || response.isCommitted()
                    || !(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)) {
                throw e;
            }
            LOG.info(() -> "Sending the user to sign in again: " + reauthenticate.get().getMessage());
            NoStore.apply(out);
            out.sendRedirect(http.getContextPath() + reauthenticate.get().signInPath() + "&return="
                    + URLEncoder.encode(returnPath(http), StandardCharsets.UTF_8));
        }
    }

    private static String returnPath(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return request.getContextPath() + "/";
        }
        String query = request.getQueryString();
        return ReturnTo.sanitize(request.getRequestURI() + (query == null ? "" : "?" + query), request.getContextPath());
    }

    private static Optional<VismaReauthenticationRequiredException> find(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof VismaReauthenticationRequiredException reauthenticate) {
                return Optional.of(reauthenticate);
            }
        }
        return Optional.empty();
    }
}

package io.github.vismaidentity.mechanism;

import io.github.vismaidentity.VismaIdentityDefinition;
import io.github.vismaidentity.config.VismaIdentitySettings;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;

/**
 * The extension's own paths in an application: the callback (the configured redirect URI's path, or
 * {@value VismaIdentityDefinition#DEFAULT_CALLBACK_PATH}), sign-in and sign-out.
 */
record SignInPaths(String contextPath, String callback, String signIn, String signOut) {

    static SignInPaths of(String context, VismaIdentitySettings settings) {
        String callback = settings.redirectUri().map(URI::getRawPath)
                .orElse(context + VismaIdentityDefinition.DEFAULT_CALLBACK_PATH);
        return new SignInPaths(context, callback, context + VismaIdentityDefinition.SIGN_IN_PATH,
                context + VismaIdentityDefinition.SIGN_OUT_PATH);
    }

    /** The redirect URI for this request: the configured one, or the callback on the host the browser used. */
    URI redirectUri(HttpServletRequest request, VismaIdentitySettings settings) {
        return settings.redirectUri().orElseGet(() -> fromRequest(request));
    }

    /** As {@link #redirectUri(HttpServletRequest, VismaIdentitySettings)}, for a sign-in: one built is logged once. */
    URI redirectUri(HttpServletRequest request, VismaIdentitySettings settings, DerivedRedirectUri derived) {
        return settings.redirectUri().orElseGet(() -> derived.noted(fromRequest(request)));
    }

    private URI fromRequest(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return URI.create(request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + callback);
    }

    String home() {
        return contextPath + "/";
    }

    /**
     * The paths of the context path last asked for. An application has one context path, so its paths are
     * built once instead of on every request (four strings each time); another context path replaces them.
     */
    static final class Known {

        private final VismaIdentitySettings settings;
        private volatile SignInPaths last;

        Known(VismaIdentitySettings settings) {
            this.settings = settings;
        }

        SignInPaths of(HttpServletRequest request) {
            String context = request.getContextPath();
            SignInPaths known = last;
            if (known != null && known.contextPath().equals(context)) {
                return known;
            }
            SignInPaths built = SignInPaths.of(context, settings);
            last = built;
            return built;
        }
    }
}

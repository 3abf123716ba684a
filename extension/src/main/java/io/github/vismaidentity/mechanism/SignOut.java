package io.github.vismaidentity.mechanism;

import com.nimbusds.openid.connect.sdk.LogoutRequest;
import io.github.vismaidentity.VismaSignOut;
import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.protocol.Discovery;
import io.github.vismaidentity.protocol.SignInFailure;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sign-out: a POST from the application's own form ({@link SignOutGuard}: not a link, not a form on another
 * site, the session's {@link VismaSignOut} token) ends the application's session and goes to the context
 * root, or first to Visma's end-session endpoint when configured. The stored token sets stay, so background
 * jobs keep working.
 */
final class SignOut {

    private static final Logger LOG = Logger.getLogger(SignOut.class.getName());

    private SignOut() {
    }

    static AuthenticationStatus handle(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context, SignInPaths paths, VismaIdentitySettings settings,
                                       Discovery discovery) {
        boolean signedIn = CallerSessions.current(request).isPresent();
        Optional<SignInFailure> refusal = SignOutGuard.refusal(request.getMethod(),
                request.getHeader("Sec-Fetch-Site"), SignOutTokens.stored(request).orElse(null),
                request.getParameter(VismaSignOut.FIELD), paths.signOut());
        if (refusal.isPresent() && (signedIn || !"POST".equals(request.getMethod()))) {
            return refuse(request, response, refusal.get(), paths, AppErrorPage.of(settings));
        }
        NoStore.apply(response);
        if (refusal.isPresent()) {
            // Nobody to sign out here (the session ended), and no proof that this is the app's own form: going
            // on to Visma's end-session endpoint would let any site sign the user out of Visma.
            return context.redirect(paths.home());
        }
        CallerSessions.signOut(request);
        String home = paths.redirectUri(request, settings).resolve(paths.home()).toString();
        Optional<URI> endSession = settings.endSessionAtVisma()
                ? discovery.endpoints().endSessionEndpoint() : Optional.<URI>empty();
        return context.redirect(endSession.map(uri -> endSessionUri(uri, settings, home)).orElse(paths.home()));
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
                                               SignInFailure refusal, SignInPaths paths, AppErrorPage errorPage) {
        if (refusal.status() == HttpServletResponse.SC_FORBIDDEN) {
            LOG.info(() -> "Sign-out refused: " + refusal.getMessage());
        }
        try {
            errorPage.show(request, response, refusal, "Sign-out refused", paths.home(), "Back to the application");
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // The page is written and committed: SEND_CONTINUE keeps the container from replacing it.
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static String endSessionUri(URI endpoint, VismaIdentitySettings settings, String home) {
        return new LogoutRequest(endpoint, null, null, settings.clientId(), URI.create(home), null, null)
                .toURI().toString();
    }
}

package io.github.vismaidentity.mechanism;

import com.nimbusds.openid.connect.sdk.LogoutRequest;
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

/**
 * Sign-out: a POST ends the application's session (a GET is refused, so a link planted on another site
 * cannot sign the user out) and goes to the context root, or first to Visma's end-session endpoint when
 * configured. The stored token sets stay, so background jobs keep working.
 */
final class SignOut {

    static final String GET_REFUSED = "VISMAID2040";

    private SignOut() {
    }

    static AuthenticationStatus handle(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context, SignInPaths paths, VismaIdentitySettings settings,
                                       Discovery discovery) {
        if (!"POST".equals(request.getMethod())) {
            try {
                ErrorPage.send(response, SignInFailure.refused(GET_REFUSED, "Sign out with a form that POSTs to "
                        + paths.signOut() + "; a plain link does not sign out."), paths.home());
            } catch (IOException e) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        CallerSessions.signOut(request);
        NoStore.apply(response);
        String home = paths.redirectUri(request, settings).resolve(paths.home()).toString();
        Optional<URI> endSession = settings.endSessionAtVisma()
                ? discovery.endpoints().endSessionEndpoint() : Optional.<URI>empty();
        return context.redirect(endSession.map(uri -> endSessionUri(uri, settings, home)).orElse(paths.home()));
    }

    private static String endSessionUri(URI endpoint, VismaIdentitySettings settings, String home) {
        return new LogoutRequest(endpoint, null, null, settings.clientId(), URI.create(home), null, null)
                .toURI().toString();
    }
}

package io.github.vismaidentity.mechanism;

import com.nimbusds.oauth2.sdk.id.State;
import io.github.vismaidentity.VismaCallerPrincipal;
import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.protocol.AuthorizationRedirect;
import io.github.vismaidentity.protocol.CallbackValidator;
import io.github.vismaidentity.protocol.Discovery;
import io.github.vismaidentity.protocol.PendingSignIn;
import io.github.vismaidentity.protocol.SignInFailure;
import io.github.vismaidentity.protocol.SignInOptions;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Jakarta Security mechanism: it orchestrates, its collaborators do the work. A protected page
 * without a signed-in caller starts a sign-in ({@link AuthorizationRedirect}); the callback is checked and
 * redeemed ({@link SignInCompletion}), its tokens are committed ({@link TokenSetSaver}), the caller is
 * kept in the session ({@link CallerSessions}) and sent back to the page asked for. A refused sign-in ends
 * on an error page ({@link ErrorPage}) with a 4xx status.
 */
public final class VismaAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(VismaAuthenticationMechanism.class.getName());

    private final VismaIdentitySettings settings;
    private final Discovery discovery;
    private final AuthorizationRedirect redirects;
    private final SignInCompletion completion;
    private final SignInCookies cookies;
    private final DerivedRedirectUri derivedRedirectUri = new DerivedRedirectUri();

    public VismaAuthenticationMechanism(VismaIdentitySettings settings, Discovery discovery,
                                        AuthorizationRedirect redirects, CallbackValidator callbacks,
                                        TokenSetSaver saver) {
        this.settings = settings;
        this.discovery = discovery;
        this.redirects = redirects;
        this.completion = new SignInCompletion(callbacks, saver, settings.callerNameClaim());
        this.cookies = new SignInCookies(CookieKeys.derive(settings));
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SignInPaths paths = SignInPaths.of(request, settings);
        String path = request.getRequestURI();
        try {
            if (path.equals(paths.callback())) {
                return callback(request, response, context, paths);
            }
            if (path.equals(paths.signIn())) {
                SignInOptions options = new SignInOptions(flag(request, "login"), flag(request, "pick-company"));
                return start(request, response, context, paths, options,
                        ReturnTo.sanitize(request.getParameter("return"), paths.contextPath()));
            }
            if (path.equals(paths.signOut())) {
                return SignOut.handle(request, response, context, paths, settings, discovery);
            }
            Optional<VismaCallerPrincipal> caller = CallerSessions.current(request);
            if (caller.isPresent()) {
                return context.notifyContainerAboutLogin(caller.get(), settings.callerGroups());
            }
            if (context.isProtected() || context.isAuthenticationRequest()) {
                return start(request, response, context, paths, SignInOptions.standard(), returnPath(request, paths));
            }
            return context.doNothing();
        } catch (SignInFailure failure) {
            return refuse(response, failure, paths.signIn());
        }
    }

    private AuthenticationStatus start(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context, SignInPaths paths, SignInOptions options,
                                       String returnTo) {
        AuthorizationRedirect.Start start = redirects.start(discovery.endpoints(),
                paths.redirectUri(request, settings, derivedRedirectUri), returnTo, options);
        response.addCookie(cookie(request, paths, SignInCookies.name(start.pending().state()),
                cookies.seal(start.pending()), Math.toIntExact(AuthorizationRedirect.LIFETIME.toSeconds())));
        NoStore.apply(response);
        return context.redirect(start.location().toString());
    }

    private AuthenticationStatus callback(HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context, SignInPaths paths) {
        String stateParameter = request.getParameter("state");
        Optional<PendingSignIn> pending = Optional.empty();
        if (stateParameter != null && !stateParameter.isEmpty()) {
            State state = new State(stateParameter);
            String name = SignInCookies.name(state);
            pending = cookieValue(request, name).flatMap(value -> cookies.open(value, state));
            // One use only: the cookie goes whatever the outcome, so a replayed callback finds nothing.
            response.addCookie(cookie(request, paths, name, "", 0));
        }
        String query = request.getQueryString();
        URI callback = URI.create(request.getRequestURL() + (query == null ? "" : "?" + query));
        VismaCallerPrincipal caller = completion.complete(callback, pending);
        CallerSessions.signIn(request, caller);
        LOG.fine(() -> "Signed in " + caller);
        NoStore.apply(response);
        return context.redirect(pending.map(PendingSignIn::returnTo).orElse(paths.home()));
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, SignInFailure failure, String startAgain) {
        LOG.log(failure.isTransient() ? Level.WARNING : Level.INFO, "Sign-in refused: {0}", failure.getMessage());
        try {
            ErrorPage.send(response, failure, startAgain);
        } catch (IOException e) {
            LOG.log(Level.FINE, "The error page could not be sent", e);
        }
        // The page is written and committed: SEND_CONTINUE keeps the container from replacing it.
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static String returnPath(HttpServletRequest request, SignInPaths paths) {
        if (!"GET".equals(request.getMethod())) {
            return paths.home();
        }
        String query = request.getQueryString();
        return ReturnTo.sanitize(request.getRequestURI() + (query == null ? "" : "?" + query), paths.contextPath());
    }

    private static boolean flag(HttpServletRequest request, String name) {
        return "true".equalsIgnoreCase(request.getParameter(name));
    }

    private static Optional<String> cookieValue(HttpServletRequest request, String name) {
        Cookie[] all = request.getCookies();
        return all == null ? Optional.empty()
                : Arrays.stream(all).filter(c -> name.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    private static Cookie cookie(HttpServletRequest request, SignInPaths paths, String name, String value, int maxAge) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(paths.callback());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}

package io.github.vismaidentity.mechanism;

import io.github.vismaidentity.VismaCallerPrincipal;
import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.observe.Observer;
import io.github.vismaidentity.protocol.AuthorizationRedirect;
import io.github.vismaidentity.protocol.CallbackQuery;
import io.github.vismaidentity.protocol.CallbackValidator;
import io.github.vismaidentity.protocol.Discovery;
import io.github.vismaidentity.protocol.LogSafe;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Jakarta Security mechanism: it orchestrates, its collaborators do the work. A protected page
 * without a signed-in caller starts a sign-in ({@link AuthorizationRedirect}); the callback is checked and
 * redeemed ({@link SignInCompletion}), its tokens are committed ({@link TokenSetSaver}), the caller is
 * kept in the session ({@link CallerSessions}) and sent back to the page asked for. A refused sign-in ends
 * on an error page with its status: the application's own when it set one, else the built-in one
 * ({@link AppErrorPage}).
 */
public final class VismaAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(VismaAuthenticationMechanism.class.getName());

    private final VismaIdentitySettings settings;
    private final Discovery discovery;
    private final AuthorizationRedirect redirects;
    private final SignInCompletion completion;
    private final SignInCookies cookies;
    private final Observer observer;
    private final DerivedRedirectUri derivedRedirectUri = new DerivedRedirectUri();
    private final AppErrorPage errorPage;
    private final SignInPaths.Known knownPaths;

    /** @param observer told of each refused sign-in, callback or sign-out, with its message ID and status */
    public VismaAuthenticationMechanism(VismaIdentitySettings settings, Discovery discovery,
                                        AuthorizationRedirect redirects, CallbackValidator callbacks,
                                        TokenSetSaver saver, Observer observer) {
        this.settings = settings;
        this.observer = observer;
        this.discovery = discovery;
        this.redirects = redirects;
        this.completion = new SignInCompletion(callbacks, saver, settings.callerNameClaim());
        this.cookies = new SignInCookies(CookieKeys.derive(settings));
        this.errorPage = AppErrorPage.of(settings);
        this.knownPaths = new SignInPaths.Known(settings);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SignInPaths paths = knownPaths.of(request);
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
                if (!SignInRequired.canFollowRedirect(request)) {
                    return answered(() -> SignInRequired.send(response, paths.signIn()));
                }
                return start(request, response, context, paths, SignInOptions.standard(), returnPath(request, paths));
            }
            return context.doNothing();
        } catch (SignInFailure failure) {
            if (failure.id().equals(CallbackValidator.REPLAYED) && CallerSessions.current(request).isPresent()) {
                LOG.fine(() -> "A callback came again for a signed-in caller: "
                        + LogSafe.of(failure.getMessage(), 1000));
                return answered(() -> SignedInAlready.send(response, failure, paths.home()));
            }
            observer.signInFailed(failure.id(), failure.status());
            return refuse(request, response, failure, paths.signIn());
        }
    }

    /**
     * {@code HttpServletRequest.logout()}: the caller leaves the HTTP session too, or the next request would
     * sign them in again from it (Soteria's OpenID mechanism does the same). No trip to Visma: that is the
     * sign-out path's work.
     */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        CallerSessions.forget(request);
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus start(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context, SignInPaths paths, SignInOptions options,
                                       String returnTo) {
        AuthorizationRedirect.Start start = redirects.start(discovery.endpoints(),
                paths.redirectUri(request, settings, derivedRedirectUri), returnTo, options);
        int lifetime = Math.toIntExact(AuthorizationRedirect.LIFETIME.toSeconds());
        int slot = SignInCookies.slot(cookieValues(request).get(SignInCookies.NEXT));
        response.addCookie(cookie(request, paths.callback(), SignInCookies.name(slot), cookies.seal(start.pending()),
                lifetime));
        response.addCookie(cookie(request, paths.home(), SignInCookies.NEXT, SignInCookies.after(slot), lifetime));
        NoStore.apply(response);
        return context.redirect(start.location().toString());
    }

    private AuthenticationStatus callback(HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context, SignInPaths paths) {
        // Read strictly first: a crafted query is a 400, never an exception of the container or the cookie API.
        CallbackQuery query = CallbackQuery.parse(request.getQueryString());
        Optional<SignInCookies.Found> found = query.state()
                .flatMap(state -> cookies.find(cookieValues(request), state));
        // The cookie goes whatever the outcome; a replay that still carries it is stopped by the used states.
        found.ifPresent(cookie -> response.addCookie(cookie(request, paths.callback(), cookie.name(), "", 0)));
        Optional<PendingSignIn> pending = found.map(SignInCookies.Found::pending);
        VismaCallerPrincipal caller = completion.complete(query.toUri(paths.callback()), pending);
        CallerSessions.signIn(request, caller);
        LOG.fine(() -> "Signed in " + caller);
        NoStore.apply(response);
        return context.redirect(pending.map(PendingSignIn::returnTo).orElse(paths.home()));
    }

    private AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, SignInFailure failure,
                                        String startAgain) {
        // Messages quote request values (iss, error_description): neutralised, so none can forge a log line.
        LOG.log(failure.isTransient() ? Level.WARNING : Level.INFO, "Sign-in refused: {0}",
                LogSafe.of(failure.getMessage(), 1000));
        return answered(() -> errorPage.show(request, response, failure, startAgain));
    }

    /** The page is written and committed: SEND_CONTINUE keeps the container from replacing it. */
    private static AuthenticationStatus answered(Page page) {
        try {
            page.send();
        } catch (IOException e) {
            LOG.log(Level.FINE, "The page could not be sent", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    @FunctionalInterface
    private interface Page {
        void send() throws IOException;
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

    /** The request's cookies by name; the first of a name wins, as browsers send the most specific path first. */
    private static Map<String, String> cookieValues(HttpServletRequest request) {
        Cookie[] all = request.getCookies();
        Map<String, String> values = new LinkedHashMap<>();
        if (all != null) {
            Arrays.stream(all).forEach(cookie -> values.putIfAbsent(cookie.getName(), cookie.getValue()));
        }
        return values;
    }

    private static Cookie cookie(HttpServletRequest request, String path, String name, String value, int maxAge) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(path);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}

package io.github.vismaidentity.mechanism;

import io.github.vismaidentity.VismaConfigurationException;
import io.github.vismaidentity.VismaError;
import io.github.vismaidentity.VismaIdentityDefinition;
import io.github.vismaidentity.VismaTokenException;
import io.github.vismaidentity.VismaTransientException;
import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.protocol.SignInFailure;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The application's own error page, {@value VismaIdentityDefinition#ERROR_PATH}: a refused sign-in or sign-out
 * and a token failure escaping a page are forwarded there, the status set, with the attributes of
 * {@link VismaError}. Without the setting, or when the page is missing or fails, the built-in page answers a
 * sign-in or sign-out ({@link ErrorPage}) and a token failure stays the container's 500, with a warning that
 * names the setting. The page's answer is held back until it has finished ({@link PageCapture}), so a failed
 * page leaves nothing behind.
 */
public final class AppErrorPage {

    private static final Logger LOG = Logger.getLogger(AppErrorPage.class.getName());
    private static final String TOKEN_TRANSIENT = "Visma or this application's database could not be reached "
            + "just now, so this page could not be shown.";
    private static final String TOKEN_CONFIGURATION = "This application's connection to Visma is not set up "
            + "right, so this page could not be shown.";
    private static final String ASK_THE_OPERATOR = " If it keeps happening, give the site's operator the message "
            + "ID: the details are in the server log.";
    private static final String OPERATOR_MUST_FIX = "Trying again will not help until the site's operator fixes "
            + "it: give them the message ID; the details are in the server log.";

    private final Optional<String> path;

    private AppErrorPage(Optional<String> path) {
        this.path = path;
    }

    /** The page the settings name, or none: {@link VismaIdentitySettings#errorPath()}. */
    public static AppErrorPage of(VismaIdentitySettings settings) {
        return new AppErrorPage(settings.errorPath());
    }

    /** A refused sign-in: the application's page, else the built-in one with a link that starts again. */
    void show(HttpServletRequest request, HttpServletResponse response, SignInFailure failure, String startAgain)
            throws IOException {
        if (!forwarded(request, response, failure)) {
            ErrorPage.send(response, failure, startAgain);
        }
    }

    /** A refused sign-out: the application's page, else the built-in one with this heading and link. */
    void show(HttpServletRequest request, HttpServletResponse response, SignInFailure failure, String heading,
              String link, String linkText) throws IOException {
        if (!forwarded(request, response, failure)) {
            ErrorPage.send(response, failure, heading, link, linkText);
        }
    }

    /**
     * A {@link VismaTransientException} (503) or {@link VismaConfigurationException} (500) in {@code failure}'s
     * causes, forwarded to the application's page when one is set, through the extension's bean.
     *
     * @return whether the page answered; when not, the caller lets the failure go on to the container
     */
    static boolean tokenFailure(ServletRequest request, ServletResponse response, Throwable failure) {
        Optional<VismaTokenException> token = find(failure);
        if (token.isEmpty() || response.isCommitted() || !(request instanceof HttpServletRequest http)
                || !(response instanceof HttpServletResponse out)) {
            return false;
        }
        return configured().map(page -> page.forwardedToken(http, out, token.get())).orElse(false);
    }

    boolean forwardedToken(HttpServletRequest request, HttpServletResponse response, VismaTokenException e) {
        if (path.isEmpty()) {
            return false;
        }
        boolean transientFailure = e instanceof VismaTransientException;
        LOG.log(Level.WARNING, "A page failed for want of a Visma token; forwarding to " + path.get(), e);
        return forwarded(request, response, e.messageId(), transientFailure ? 503 : 500,
                transientFailure ? TOKEN_TRANSIENT : TOKEN_CONFIGURATION,
                transientFailure ? "Try again in a moment." + ASK_THE_OPERATOR : OPERATOR_MUST_FIX);
    }

    private boolean forwarded(HttpServletRequest request, HttpServletResponse response, SignInFailure failure) {
        ErrorPage.Shown shown = ErrorPage.shown(failure);
        return forwarded(request, response, failure.id(), failure.status(), shown.message(), shown.advice());
    }

    private boolean forwarded(HttpServletRequest request, HttpServletResponse response, String messageId, int status,
                              String message, String advice) {
        if (path.isEmpty() || response.isCommitted()) {
            return false;
        }
        RequestDispatcher page = request.getRequestDispatcher(path.get());
        if (page == null) {
            warn("the server has no page there", null);
            return false;
        }
        request.setAttribute(VismaError.MESSAGE_ID, messageId);
        request.setAttribute(VismaError.STATUS, status);
        request.setAttribute(VismaError.MESSAGE, message);
        request.setAttribute(VismaError.ADVICE, advice);
        request.setAttribute(VismaError.SIGN_IN, request.getContextPath() + VismaIdentityDefinition.SIGN_IN_PATH);
        response.setStatus(status);
        NoStore.apply(response);
        PageCapture capture = new PageCapture(response);
        try {
            page.forward(request, capture);
        } catch (ServletException | IOException | RuntimeException e) {
            warn("it failed", e);
            return restarted(response);
        }
        Optional<String> failed = capture.failure();
        if (failed.isPresent()) {
            warn(failed.get(), null);
            return restarted(response);
        }
        try {
            capture.sendBody();
        } catch (IOException e) {
            LOG.log(Level.FINE, "The error page could not be sent", e);
        }
        return true;
    }

    /** Ready for the built-in page: the status and body the application's page left are dropped. */
    private static boolean restarted(HttpServletResponse response) {
        if (response.isCommitted()) {
            return true;
        }
        response.resetBuffer();
        return false;
    }

    private void warn(String why, Throwable failure) {
        LOG.log(Level.WARNING, "The error page " + path.orElseThrow() + " set by " + VismaIdentityDefinition.ERROR_PATH
                + " could not answer, so the built-in answer was sent instead: " + why
                + ". Check that the application serves that path, or remove the setting.", failure);
    }

    /** The bean the extension registers, with the settings' error path; empty outside a CDI application. */
    private static Optional<AppErrorPage> configured() {
        try {
            Instance<AppErrorPage> page = CDI.current().select(AppErrorPage.class);
            return page.isResolvable() ? Optional.of(page.get()) : Optional.empty();
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static Optional<VismaTokenException> find(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof VismaTransientException || cause instanceof VismaConfigurationException) {
                return Optional.of((VismaTokenException) cause);
            }
        }
        return Optional.empty();
    }
}

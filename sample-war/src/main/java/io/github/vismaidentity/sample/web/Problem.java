package io.github.vismaidentity.sample.web;

import io.github.vismaidentity.VismaConfigurationException;
import io.github.vismaidentity.VismaRateLimitedException;
import io.github.vismaidentity.VismaReauthenticationRequiredException;
import io.github.vismaidentity.VismaTokenException;
import io.github.vismaidentity.VismaTransientException;
import io.github.vismaidentity.eaccounting.EAccountingException;
import io.github.vismaidentity.eaccounting.MissingScopeException;
import io.github.vismaidentity.eaccounting.RateLimitedException;
import io.github.vismaidentity.eaccounting.ResourceNotFoundException;
import io.github.vismaidentity.eaccounting.TokenRejectedException;
import io.github.vismaidentity.eaccounting.VismaUnavailableException;

import java.io.IOException;
import java.time.Duration;

/**
 * What a user is told about a failure: an HTTP status, a title, what to do, and the extension's message ID
 * when there is one (docs/reference/messages.md explains each). Found by walking the cause chain, in case
 * a failure arrives wrapped. The eAccounting client's exceptions say what Visma answered; the extension's, which
 * the client passes on unchanged, what became of the tokens. Nothing here repeats an exception's message to the
 * user, except the scope a call needs, which the user must grant.
 */
public record Problem(int status, String title, String advice, String messageId, boolean signInAgain) {

    /** The problem behind {@code failure}. */
    public static Problem of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Problem known = known(cause);
            if (known != null) {
                return known;
            }
        }
        return new Problem(500, "Something went wrong on our side",
                "Try again. If it keeps happening, the server's log says what failed at this time.", null, false);
    }

    private static Problem known(Throwable cause) {
        if (cause instanceof VismaReauthenticationRequiredException e) {
            return new Problem(401, "Visma needs you to sign in again",
                    "The connection to this company no longer works (it was disconnected, or Visma ended it)."
                            + " Sign in again to reconnect it.", e.messageId(), true);
        }
        if (cause instanceof VismaRateLimitedException e) {
            return new Problem(429, "Visma eAccounting is limiting this app's calls",
                    "Visma allows 600 calls a minute per endpoint. Try again in " + seconds(e.retryAfter()) + ".",
                    e.messageId(), false);
        }
        if (cause instanceof VismaTransientException e) {
            return new Problem(503, "Visma eAccounting could not be reached",
                    "Nothing was lost. Try again in a minute.", e.messageId(), false);
        }
        if (cause instanceof VismaConfigurationException e) {
            return new Problem(500, "This app's connection to Visma is not set up right",
                    "Nothing was lost, and you need not sign in again. An administrator must fix the app's"
                            + " configuration: the server's log names what, under the message ID below.", e.messageId(), false);
        }
        if (cause instanceof VismaTokenException e) {
            return new Problem(500, "The Visma connection failed", "Try again, or sign in again.", e.messageId(),
                    true);
        }
        if (cause instanceof EAccountingException e) {
            return api(e);
        }
        if (cause instanceof IOException) {
            // The API call itself could not reach Visma (refused, timed out, name unknown): JAX-RS wraps it.
            return new Problem(503, "Visma eAccounting could not be reached", "Nothing was lost. Try again in a minute.",
                    null, false);
        }
        return null;
    }

    private static Problem api(EAccountingException e) {
        if (e instanceof MissingScopeException missing) {
            return new Problem(403, "This connection may not do that",
                    "The app's connection to this company lacks the permission (scope) " + String.join(" or ",
                            missing.acceptedScopes().stream().sorted().toList()) + " that this page needs. Sign in"
                            + " again and grant it; an administrator of the company may have to allow it.",
                    e.messageId(), true);
        }
        if (e instanceof TokenRejectedException) {
            return new Problem(401, "Visma refused the connection's token",
                    "Sign in again to reconnect the company.", e.messageId(), true);
        }
        if (e instanceof RateLimitedException limited) {
            return new Problem(429, "Visma eAccounting is limiting this app's calls",
                    "Visma allows 600 calls a minute per endpoint. Try again in " + seconds(limited.retryAfter()) + ".",
                    e.messageId(), false);
        }
        if (e instanceof VismaUnavailableException) {
            return e.status() >= 500
                    ? new Problem(502, "Visma eAccounting had a problem",
                    "Visma answered with an error (HTTP " + e.status() + "). Try again in a minute.", e.messageId(),
                    false)
                    : new Problem(503, "Visma eAccounting could not be reached",
                    "Nothing was lost. Try again in a minute.", e.messageId(), false);
        }
        if (e instanceof ResourceNotFoundException) {
            return new Problem(404, "Visma eAccounting does not know that",
                    "It may have been deleted at Visma. Start again from the list.", e.messageId(), false);
        }
        return new Problem(502, "Visma eAccounting refused the request",
                "Visma answered HTTP " + e.status() + (e.errorCode() == null ? "" : " (ErrorCode " + e.errorCode() + ")")
                        + ". Try again; if it keeps happening, the server's log has Visma's explanation.", e.messageId(),
                false);
    }

    private static String seconds(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        return seconds == 1 ? "a second" : seconds + " seconds";
    }
}

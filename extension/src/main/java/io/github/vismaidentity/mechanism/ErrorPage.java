package io.github.vismaidentity.mechanism;

import io.github.vismaidentity.protocol.CallbackValidator;
import io.github.vismaidentity.protocol.SignInFailure;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The page a refused sign-in ends on: the status of the failure (4xx when refused, 502/504 when Visma
 * could not be reached, 503 when the tokens could not be saved), what happened with its message ID, what to
 * do, and a link to start again. Never a stack trace, never a token, never a detail of the infrastructure.
 */
final class ErrorPage {

    private static final String SIGN_IN_FAILED = "Sign-in with Visma failed";
    private static final String NOT_SAVED = "You signed in at Visma, but this application could not save the "
            + "connection, so you are not signed in.";
    private static final String NOT_RECORDED = "This application could not record the sign-in in its database, "
            + "so it did not finish and you are not signed in.";
    private static final String VISMA_FAILED = "Visma could not be reached, or its answer could not be used, so "
            + "the sign-in did not finish.";
    private static final String ASK_THE_OPERATOR = " If it keeps happening, give the site's operator the message "
            + "ID below: the details are in the server log.";

    private ErrorPage() {
    }

    static void send(HttpServletResponse response, SignInFailure failure, String startAgain) throws IOException {
        send(response, failure, SIGN_IN_FAILED, startAgain, "Sign in again");
    }

    /** The same page with another heading and link: a refused sign-out is not a failed sign-in. */
    static void send(HttpServletResponse response, SignInFailure failure, String heading, String link,
                     String linkText) throws IOException {
        Responses.write(response, failure.status(), "text/html", html(failure, heading, link, linkText));
    }

    /**
     * The page. A refusal (4xx) explains itself: its message is about the callback, written for the user. A
     * failure of this server or of Visma (5xx) says only what happened: its message may hold a JNDI name, a JDBC
     * driver's text with host and user, or an address, which belong in the server log, where the mechanism
     * writes them.
     */
    static String html(SignInFailure failure, String startAgain) {
        return html(failure, SIGN_IN_FAILED, startAgain, "Sign in again");
    }

    /** {@link #html(SignInFailure, String)} with another heading and link. */
    static String html(SignInFailure failure, String heading, String link, String linkText) {
        Shown shown = shown(failure);
        String happened = shown.message();
        String advice = shown.advice();
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
                <body><main>
                <h1>%s</h1>
                <p id="message">%s</p>
                <p id="advice">%s</p>
                <p><a id="start-again" href="%s">%s</a></p>
                <p><small>Message ID <code id="message-id">%s</code></small></p>
                </main></body></html>
                """.formatted(escape(heading), escape(heading), escape(happened), escape(advice), escape(link),
                escape(linkText), escape(failure.id()));
    }

    /**
     * What the page says happened and what to do: a refusal (4xx) explains itself; a failure of this server or
     * of Visma (5xx) says only what happened, since its message may name the infrastructure. The application's
     * own error page gets the same text ({@link AppErrorPage}).
     */
    static Shown shown(SignInFailure failure) {
        if (SignInCompletion.NOT_SAVED.equals(failure.id())) {
            return new Shown(NOT_SAVED, "Try again in a moment." + ASK_THE_OPERATOR);
        }
        if (CallbackValidator.NOT_RECORDED.equals(failure.id())) {
            return new Shown(NOT_RECORDED, "Try again in a moment." + ASK_THE_OPERATOR);
        }
        if (failure.isTransient()) {
            return new Shown(VISMA_FAILED, failure.advice() + ASK_THE_OPERATOR);
        }
        return new Shown(failure.getMessage().substring(failure.id().length() + 2), failure.advice());
    }

    /** What a refusal's page says: what happened, and what the user can do. */
    record Shown(String message, String advice) {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

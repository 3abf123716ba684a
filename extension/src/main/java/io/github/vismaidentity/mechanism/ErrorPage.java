package io.github.vismaidentity.mechanism;

import io.github.vismaidentity.protocol.SignInFailure;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The page a refused sign-in ends on: the status of the failure (4xx when refused, 502/504 when Visma
 * could not be reached), what happened with its message ID, what to do, and a link to start again. Never
 * a stack trace, never a token.
 */
final class ErrorPage {

    private ErrorPage() {
    }

    static void send(HttpServletResponse response, SignInFailure failure, String startAgain) throws IOException {
        send(response, failure, "Sign-in with Visma failed", startAgain, "Sign in again");
    }

    /** The same page with another heading and link: a refused sign-out is not a failed sign-in. */
    static void send(HttpServletResponse response, SignInFailure failure, String heading, String link,
                     String linkText) throws IOException {
        response.setStatus(failure.status());
        NoStore.apply(response);
        response.setContentType("text/html;charset=UTF-8");
        String html = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
                <body><main>
                <h1>%s</h1>
                <p id="message">%s</p>
                <p id="advice">%s</p>
                <p><a id="start-again" href="%s">%s</a></p>
                <p><small>Message ID <code id="message-id">%s</code></small></p>
                </main></body></html>
                """.formatted(escape(heading), escape(heading),
                escape(failure.getMessage().substring(failure.id().length() + 2)),
                escape(failure.advice()), escape(link), escape(linkText), escape(failure.id()));
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
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

package io.github.vismaidentity.mechanism;

import io.github.vismaidentity.protocol.SignInFailure;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The page a callback that came again ends on when this browser's session already has the caller: a reload
 * while the callback was slow, or the back button onto it. The user is signed in, so the page says so and
 * offers the way on, with the refusal's message ID for support; nothing was redeemed or stored again.
 */
final class SignedInAlready {

    private SignedInAlready() {
    }

    static void send(HttpServletResponse response, SignInFailure failure, String continueTo) throws IOException {
        Responses.write(response, HttpServletResponse.SC_OK, "text/html", """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Signed in</title></head>
                <body><main>
                <h1>You are signed in already</h1>
                <p id="message">This sign-in was finished before, so its callback was not used again. You are \
                signed in already and can go on.</p>
                <p><a id="continue" href="%s">Continue</a></p>
                <p><small>Message ID <code id="message-id">%s</code></small></p>
                </main></body></html>
                """.formatted(ErrorPage.escape(continueTo), ErrorPage.escape(failure.id())));
    }
}

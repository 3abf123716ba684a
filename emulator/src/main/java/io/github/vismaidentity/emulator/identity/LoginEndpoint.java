package io.github.vismaidentity.emulator.identity;

import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.directory.Directory;
import io.github.vismaidentity.emulator.directory.User;
import io.github.vismaidentity.emulator.http.FormParameters;
import io.github.vismaidentity.emulator.http.Handler;
import io.github.vismaidentity.emulator.http.HttpCall;
import io.github.vismaidentity.emulator.http.HttpProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code /account/login}: the form with {@code username} and {@code password}. A user with several
 * companies goes on to the company picker; a user with one is sent back to the client at once.
 */
final class LoginEndpoint implements Handler {

    private final Directory directory;
    private final PendingAuthorizations pending;
    private final SignInSessions sessions;
    private final SignInCompletion completion;
    private final Clock clock;

    LoginEndpoint(Directory directory, PendingAuthorizations pending, SignInSessions sessions,
                  SignInCompletion completion, Clock clock) {
        this.directory = directory;
        this.pending = pending;
        this.sessions = sessions;
        this.completion = completion;
        this.clock = clock;
    }

    @Override
    public void handle(HttpCall call) throws IOException, HttpProblem {
        if (call.method().equals("GET")) {
            PendingAuthorization request = pending.get(call.query().get("request").orElse(null));
            call.html(200, LoginPages.login(request.id(), "", null));
            return;
        }
        if (!call.method().equals("POST")) {
            throw new HttpProblem(405, "invalid_request", "Use GET for the form and POST to sign in");
        }
        FormParameters form = call.form();
        PendingAuthorization request = pending.get(form.get("request").orElse(null));
        String username = form.get("username").orElse("");
        Optional<User> user = authenticate(username, form.get("password").orElse(""));
        if (user.isEmpty()) {
            call.html(200, LoginPages.login(request.id(), username, "Wrong username or password."));
            return;
        }
        PendingAuthorization.SignIn signIn = new PendingAuthorization.SignIn(user.get(), clock.instant());
        sessions.start(call, signIn.user(), signIn.authTime());
        if (signIn.user().companies().size() > 1) {
            pending.update(request.id(), current -> current.signedIn(signIn));
            call.redirect(AuthorizeEndpoint.pageUri(call, Endpoint.COMPANY_PICKER, request));
            return;
        }
        completion.complete(call, pending.take(request.id()).signedIn(signIn), signIn.user().defaultCompany());
    }

    private Optional<User> authenticate(String username, String password) {
        return directory.user(username).filter(user -> MessageDigest.isEqual(
                user.password().getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8)));
    }
}

package io.github.vismaidentity.emulator.identity;

import com.nimbusds.oauth2.sdk.id.Identifier;
import io.github.vismaidentity.emulator.directory.User;
import io.github.vismaidentity.emulator.http.HttpCall;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The emulator's own sign-in cookie: once a browser has logged in, later authorize requests sign in
 * silently, as at Visma, until {@code prompt=login}, end session, or a revocation of the user.
 */
public final class SignInSessions {

    static final String COOKIE = "idsrv.session";

    private final Map<String, PendingAuthorization.SignIn> sessions = new ConcurrentHashMap<>();

    Optional<PendingAuthorization.SignIn> current(HttpCall call) {
        return call.cookie(COOKIE).map(sessions::get);
    }

    void start(HttpCall call, User user, Instant authTime) {
        call.cookie(COOKIE).ifPresent(sessions::remove);
        String id = new Identifier().getValue();
        sessions.put(id, new PendingAuthorization.SignIn(user, authTime));
        call.setCookie(COOKIE, id, -1);
    }

    void end(HttpCall call) {
        call.cookie(COOKIE).ifPresent(sessions::remove);
        call.setCookie(COOKIE, "", 0);
    }

    /** Signs the user out of every browser, as a password change does. */
    public void endAll(String subject) {
        sessions.values().removeIf(signIn -> signIn.user().subject().equals(subject));
    }
}

package io.github.vismaidentity.emulator.identity;

import com.nimbusds.oauth2.sdk.id.Identifier;
import io.github.vismaidentity.emulator.directory.User;
import io.github.vismaidentity.emulator.http.HttpCall;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The emulator's own sign-in cookie: once a browser has logged in, later authorize requests sign in
 * silently, as at Visma, until {@code prompt=login}, end session, a revocation of the user, or
 * {@link #LIFETIME} after the login.
 */
public final class SignInSessions {

    static final String COOKIE = "idsrv.session";
    static final Duration LIFETIME = Duration.ofHours(10);

    private final Map<String, PendingAuthorization.SignIn> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final AtomicLong starts = new AtomicLong();

    public SignInSessions(Clock clock) {
        this.clock = clock;
    }

    Optional<PendingAuthorization.SignIn> current(HttpCall call) {
        return call.cookie(COOKIE).map(sessions::get).filter(this::alive);
    }

    void start(HttpCall call, User user, Instant authTime) {
        call.cookie(COOKIE).ifPresent(sessions::remove);
        if (starts.incrementAndGet() % 1024 == 0) {
            sessions.values().removeIf(signIn -> !alive(signIn));
        }
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

    private boolean alive(PendingAuthorization.SignIn signIn) {
        return clock.instant().isBefore(signIn.authTime().plus(LIFETIME));
    }
}

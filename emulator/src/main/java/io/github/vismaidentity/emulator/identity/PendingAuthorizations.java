package io.github.vismaidentity.emulator.identity;

import com.nimbusds.oauth2.sdk.id.Identifier;
import io.github.vismaidentity.emulator.http.HttpProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The authorization requests in progress in some browser, for at most {@link #LIFETIME}. */
final class PendingAuthorizations {

    static final Duration LIFETIME = Duration.ofMinutes(15);

    private final Map<String, PendingAuthorization> pending = new ConcurrentHashMap<>();
    private final Clock clock;

    PendingAuthorizations(Clock clock) {
        this.clock = clock;
    }

    Instant newExpiry() {
        return clock.instant().plus(LIFETIME);
    }

    static String newId() {
        return new Identifier().getValue();
    }

    void put(PendingAuthorization authorization) {
        Instant now = clock.instant();
        pending.values().removeIf(old -> old.expiresAt().isBefore(now));
        pending.put(authorization.id(), authorization);
    }

    /** The request with this id, or a 400 that tells the user to start again. */
    PendingAuthorization get(String id) throws HttpProblem {
        PendingAuthorization authorization = id == null ? null : pending.get(id);
        if (authorization == null || !clock.instant().isBefore(authorization.expiresAt())) {
            throw HttpProblem.invalidRequest("This sign-in is unknown or has expired."
                    + " Go back to the application and start the sign-in again.");
        }
        return authorization;
    }

    void update(String id, Function<PendingAuthorization, PendingAuthorization> change) {
        pending.computeIfPresent(id, (key, authorization) -> change.apply(authorization));
    }

    /** Removes the request: it completes once. */
    PendingAuthorization take(String id) throws HttpProblem {
        PendingAuthorization authorization = get(id);
        if (pending.remove(id) == null) {
            throw HttpProblem.invalidRequest("This sign-in was already completed.");
        }
        return authorization;
    }
}

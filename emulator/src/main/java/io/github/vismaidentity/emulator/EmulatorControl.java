package io.github.vismaidentity.emulator;

import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Counters;
import io.github.vismaidentity.emulator.control.EmulatorClock;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.control.Fault;
import io.github.vismaidentity.emulator.control.FaultInjector;
import io.github.vismaidentity.emulator.control.IdTokenDefect;
import io.github.vismaidentity.emulator.control.Tunables;
import io.github.vismaidentity.emulator.directory.Directory;
import io.github.vismaidentity.emulator.directory.User;
import io.github.vismaidentity.emulator.grants.GrantStore;
import io.github.vismaidentity.emulator.identity.SignInSessions;
import io.github.vismaidentity.emulator.keys.SigningKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a test may read and change in a running emulator: counters, revocations, key rotation,
 * token lifetimes, the clock, injected faults and hostile ID tokens. Out of process, the same
 * operations are at {@code /_emulator/} (see emulator/README.md, "The control API").
 */
public final class EmulatorControl {

    private final Counters counters;
    private final FaultInjector faults;
    private final Tunables tunables;
    private final EmulatorClock clock;
    private final Directory directory;
    private final GrantStore grants;
    private final SignInSessions sessions;
    private final SigningKeys keys;

    EmulatorControl(Counters counters, FaultInjector faults, Tunables tunables, EmulatorClock clock,
                    Directory directory, GrantStore grants, SignInSessions sessions, SigningKeys keys) {
        this.counters = counters;
        this.faults = faults;
        this.tunables = tunables;
        this.clock = clock;
        this.directory = directory;
        this.grants = grants;
        this.sessions = sessions;
        this.keys = keys;
    }

    /** How many requests reached the endpoint (faulty ones included). */
    public long requests(Endpoint endpoint) {
        return counters.requests(endpoint);
    }

    public long count(Counter counter) {
        return counters.count(counter);
    }

    /** Every counter by name, as {@code GET /_emulator/counters} shows them. */
    public Map<String, Long> counters() {
        return counters.snapshot();
    }

    public void resetCounters() {
        counters.reset();
    }

    /**
     * Revokes every code, refresh token and access token of the user and ends their browser
     * sessions, as a password change at Visma does; returns how many sign-ins were revoked.
     */
    public int revokeAllTokensOf(String username) {
        User user = directory.user(username).orElseThrow(() ->
                new IllegalArgumentException("Unknown user '" + username + "'"));
        sessions.endAll(user.subject());
        return grants.revokeUser(user.subject());
    }

    /** Signs new tokens with a new key; the JWKS keeps the previous key too. Returns the new {@code kid}. */
    public String rotateSigningKey() {
        return keys.rotate();
    }

    /** The {@code kid} of the key that signs new tokens. */
    public String currentKeyId() {
        return keys.current().getKeyID();
    }

    public void accessTokenLifetime(Duration lifetime) {
        tunables.accessTokenLifetime(lifetime);
    }

    public void refreshTokenLifetime(Duration lifetime) {
        tunables.refreshTokenLifetime(lifetime);
    }

    public void codeLifetime(Duration lifetime) {
        tunables.codeLifetime(lifetime);
    }

    public void rateLimitPerMinute(int limit) {
        tunables.rateLimitPerMinute(limit);
    }

    /** Whether reusing a refresh token also revokes every token of its sign-in, as some providers do. */
    public void revokeFamilyOnReuse(boolean revoke) {
        tunables.revokeFamilyOnReuse(revoke);
    }

    /** Makes the next {@code times} requests to the endpoint fail as {@code fault} says. */
    public void injectFault(Endpoint endpoint, Fault fault, int times) {
        faults.arm(endpoint, fault, times);
    }

    public void clearFaults() {
        faults.clear();
    }

    /** Every ID token from now on carries the defect, until {@link #clearIdTokenDefect()}. */
    public void useIdTokenDefect(IdTokenDefect defect) {
        keys.publishEcKey(defect == IdTokenDefect.ES256);
        tunables.idTokenDefect(defect);
    }

    public void clearIdTokenDefect() {
        keys.publishEcKey(false);
        tunables.idTokenDefect(null);
    }

    /**
     * From now on, keeps every code and token the emulator hands out, so a test can search its logs for
     * them; in-process only, never over HTTP.
     */
    public void recordIssuedSecrets() {
        grants.ledger().recording(true);
    }

    /** The codes and tokens handed out since {@link #recordIssuedSecrets()}, oldest first. */
    public List<String> issuedSecrets() {
        return grants.ledger().values();
    }

    /** Moves the emulator's clock forward: codes and tokens expire without waiting. */
    public void advanceClock(Duration amount) {
        clock.advance(amount);
    }

    /** The emulator's current time. */
    public Instant now() {
        return clock.instant();
    }
}

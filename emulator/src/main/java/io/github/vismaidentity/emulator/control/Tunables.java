package io.github.vismaidentity.emulator.control;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** The settings tests may change while the emulator runs. */
public final class Tunables {

    private volatile Duration accessTokenLifetime;
    private volatile Duration refreshTokenLifetime;
    private volatile Duration codeLifetime;
    private volatile Duration idTokenLifetime;
    private volatile int rateLimitPerMinute;
    private volatile boolean revokeFamilyOnReuse;
    private volatile IdTokenDefect idTokenDefect;

    public Tunables(Duration accessTokenLifetime, Duration refreshTokenLifetime, Duration codeLifetime,
                    Duration idTokenLifetime, int rateLimitPerMinute, boolean revokeFamilyOnReuse) {
        accessTokenLifetime(accessTokenLifetime);
        refreshTokenLifetime(refreshTokenLifetime);
        codeLifetime(codeLifetime);
        this.idTokenLifetime = positive(idTokenLifetime, "ID token lifetime");
        rateLimitPerMinute(rateLimitPerMinute);
        this.revokeFamilyOnReuse = revokeFamilyOnReuse;
    }

    /** The duration, if positive; else an {@link IllegalArgumentException} naming {@code what}. */
    public static Duration positive(Duration duration, String what) {
        Objects.requireNonNull(duration, what);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, not " + duration);
        }
        return duration;
    }

    public Duration accessTokenLifetime() {
        return accessTokenLifetime;
    }

    public void accessTokenLifetime(Duration lifetime) {
        accessTokenLifetime = positive(lifetime, "Access token lifetime");
    }

    public Duration refreshTokenLifetime() {
        return refreshTokenLifetime;
    }

    public void refreshTokenLifetime(Duration lifetime) {
        refreshTokenLifetime = positive(lifetime, "Refresh token lifetime");
    }

    public Duration codeLifetime() {
        return codeLifetime;
    }

    public void codeLifetime(Duration lifetime) {
        codeLifetime = positive(lifetime, "Authorization code lifetime");
    }

    public Duration idTokenLifetime() {
        return idTokenLifetime;
    }

    public int rateLimitPerMinute() {
        return rateLimitPerMinute;
    }

    public void rateLimitPerMinute(int limit) {
        rateLimitPerMinute = validRateLimit(limit);
    }

    /** The limit, if it allows at least one request a minute. */
    public static int validRateLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("The rate limit must allow at least 1 request per minute, not " + limit);
        }
        return limit;
    }

    public boolean revokeFamilyOnReuse() {
        return revokeFamilyOnReuse;
    }

    public void revokeFamilyOnReuse(boolean revoke) {
        revokeFamilyOnReuse = revoke;
    }

    public Optional<IdTokenDefect> idTokenDefect() {
        return Optional.ofNullable(idTokenDefect);
    }

    public void idTokenDefect(IdTokenDefect defect) {
        idTokenDefect = defect;
    }
}

package io.github.vismaidentity.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests move forward by hand, instead of sleeping: stopped at its creation, or {@link #ticking()}
 * with the system clock.
 */
public final class MutableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public MutableClock() {
        this(Clock.fixed(Instant.now(), ZoneOffset.UTC));
    }

    private MutableClock(Clock base) {
        this.base = base;
    }

    /**
     * A clock that runs with the system clock, as the emulator's does: for a test that sets the two exactly
     * some minutes apart, which a stopped clock would not keep, since the emulator's time runs on meanwhile.
     */
    public static MutableClock ticking() {
        return new MutableClock(Clock.systemUTC());
    }

    public void advance(Duration amount) {
        offset.accumulateAndGet(amount, Duration::plus);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}

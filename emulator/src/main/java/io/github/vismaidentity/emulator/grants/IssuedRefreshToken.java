package io.github.vismaidentity.emulator.grants;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/** A refresh token: redeemable exactly once, as at Visma. */
record IssuedRefreshToken(String value, Grant grant, Instant expiresAt, AtomicBoolean used) {

    @Override
    public String toString() {
        return "IssuedRefreshToken[" + grant + ", expiresAt=" + expiresAt + ", used=" + used + "]";
    }
}

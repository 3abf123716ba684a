package io.github.vismaidentity.observe;

import io.github.vismaidentity.store.TokenSetKey;

import java.time.Duration;
import java.util.Objects;

/**
 * How one refresh of one token set ended ({@code LockedRefresh.refresh}), reported once its transaction ended.
 *
 * @param key         the token set
 * @param companyName the company's name as stored, or empty when no set was found
 * @param kind        what came of it
 * @param messageId   the message ID of the exception the caller got, or empty for {@link Kind#REFRESHED} and
 *                    {@link Kind#REUSED}
 * @param reason      why, in words that hold no token and no infrastructure detail; empty when it went well
 * @param duration    from the start of the refresh to its end, row lock and Visma's answer included
 */
public record RefreshOutcome(TokenSetKey key, String companyName, Kind kind, String messageId, String reason,
                             Duration duration) {

    public RefreshOutcome {
        Objects.requireNonNull(key, "key");
        companyName = companyName == null ? "" : companyName;
        Objects.requireNonNull(kind, "kind");
        messageId = messageId == null ? "" : messageId;
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(duration, "duration");
    }

    /** What came of a refresh. */
    public enum Kind {
        /** This node redeemed the refresh token and committed both new tokens. */
        REFRESHED,
        /** Under the row lock the stored set was already fresh: another node or thread had refreshed it. */
        REUSED,
        /** This refresh marked the set REAUTHENTICATION_REQUIRED (invalid_grant, a foreign ID token, not saved). */
        MARKED,
        /** No set, or one already marked: nothing was tried, the caller must send the user to sign in. */
        NOT_USABLE,
        /** Visma refused this application's client credentials: nothing changed, an operator must act. */
        REFUSED,
        /** Nothing changed: Visma or the database could not be reached, or another operator problem. */
        FAILED
    }
}

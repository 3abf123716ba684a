package io.github.vismaidentity.observe;

import io.github.vismaidentity.store.TokenSetKey;

import java.time.Duration;

/**
 * What the extension reports about the connections it keeps, for the application's CDI events and for metrics.
 * Every method is called after the transaction that caused it ended (committed, for what changed a token set),
 * on the thread that did the work, and never with a token. Each does nothing unless overridden.
 * Implementations must be fast and must not throw: {@link Observers#all} guards each one all the same.
 */
public interface Observer {

    /** Reports nothing. */
    Observer NONE = new Observer() {
    };

    /** A sign-in's token set was committed: a new connection, or a new sign-in over an existing one. */
    default void signedIn(TokenSetKey key, String companyName) {
    }

    /**
     * A sign-in (callback, start or sign-out request) ended without a caller.
     *
     * @param messageId the failure's message ID ({@code VISMAID2xxx})
     * @param status    the HTTP status of the answer (4xx refused, 5xx Visma or the database failed)
     */
    default void signInFailed(String messageId, int status) {
    }

    /** One refresh of one token set ended: after its transaction, whatever came of it. */
    default void refreshEnded(RefreshOutcome outcome) {
    }

    /**
     * A token set was deleted under its row lock and the deletion committed.
     *
     * @param revoked whether Visma confirmed the revocation of its refresh token
     */
    default void disconnected(TokenSetKey key, String companyName, boolean revoked) {
    }

    /**
     * The token endpoint answered an error, or no usable answer, to a code redemption or a refresh. Reported as the
     * answer arrives, since it changes nothing stored: during a refresh, that refresh's transaction is still open,
     * and its outcome follows in {@link #refreshEnded} once it ended.
     *
     * @param kind the OAuth error code Visma sent ({@code invalid_grant}, {@code invalid_client}, ...), else one of
     *             {@code timeout}, {@code unreachable}, {@code server_error} (5xx without an OAuth error),
     *             {@code malformed} (an answer that is not a token response)
     */
    default void tokenEndpointError(String kind) {
    }

    /** The Bearer filter sat out an HTTP 429 of the eAccounting API for this long, then sent the call again. */
    default void rateLimitWaited(Duration waited) {
    }

    /** An HTTP 429 reached the caller: the filter did not wait (longer than its bound, or limited again). */
    default void rateLimitRefused(Duration asked) {
    }
}

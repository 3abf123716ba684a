package io.github.vismaidentity.store;

/** Whether a stored token set can still be used. */
public enum TokenSetStatus {
    /** The refresh token can be redeemed. */
    ACTIVE,
    /** Visma refused the refresh token ({@code invalid_grant}): the user must sign in again. */
    REAUTHENTICATION_REQUIRED,
    /** Disconnected by the application or revoked at Visma. */
    REVOKED
}

package io.github.vismaidentity.mechanism;

import io.github.vismaidentity.protocol.SignedIn;

/**
 * Stores the tokens of a finished sign-in, committed before the user counts as signed in: in the
 * container, in its own JTA transaction on the configured datasource.
 */
@FunctionalInterface
public interface TokenSetSaver {

    /** Saves both tokens of the sign-in; throws when they could not be committed. */
    void save(SignedIn signedIn);
}

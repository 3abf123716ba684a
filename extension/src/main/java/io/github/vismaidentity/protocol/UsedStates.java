package io.github.vismaidentity.protocol;

import com.nimbusds.oauth2.sdk.id.State;

import java.time.Instant;

/**
 * Remembers which sign-ins already redeemed their code, so a replayed callback (a reload during a slow callback,
 * a retried request, a captured cookie) never reaches the token endpoint: IdentityServer revokes every token a
 * code gave when the code is used twice (RFC 6749 §4.1.2). In the container the record is a row in the token
 * store's shared database, so it holds across nodes.
 */
@FunctionalInterface
public interface UsedStates {

    /**
     * Records that the sign-in with this state is used now, committed before this returns.
     *
     * @param until when the state expires anyway; the record may be forgotten after that
     * @return false when it was used before (on any node), true when this is its first use
     * @throws RuntimeException when the record could not be committed
     */
    boolean firstUse(State state, Instant until);
}

package io.github.vismaidentity.cdi;

import io.github.vismaidentity.protocol.SignedIn;
import io.github.vismaidentity.store.TokenSetKey;
import io.github.vismaidentity.store.TokenSetStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Saves a sign-in's token set in a transaction of its own ({@code REQUIRES_NEW}): committed before the
 * user counts as signed in, and independent of any transaction the application has open, so an
 * application rollback can never take a rotated refresh token with it. Added to the deployment by
 * {@link VismaIdentityExtension}, so the container's {@code @Transactional} interceptor applies.
 */
@ApplicationScoped
public class TransactionalTokenSetSaver {

    /** Saves both tokens of the sign-in under (client id, {@code sub}, company). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void save(TokenSetStore store, String clientId, SignedIn signedIn) {
        store.save(new TokenSetKey(clientId, signedIn.claims().getSubject().getValue(), signedIn.company().id()),
                signedIn.company().name(), signedIn.tokens().accessToken(), signedIn.tokens().refreshToken(),
                signedIn.tokens().accessExpiresAt(), signedIn.tokens().scope().toString());
    }
}

package io.github.vismaidentity.refresh;

import io.github.vismaidentity.VismaConfigurationException;
import io.github.vismaidentity.VismaTokenException;
import io.github.vismaidentity.VismaTransientException;
import io.github.vismaidentity.protocol.SignInFailure;
import io.github.vismaidentity.store.StoreTables;
import io.github.vismaidentity.store.TokenStoreException;

import java.util.Set;

/**
 * What a caller of {@link io.github.vismaidentity.VismaTokens} gets when a refresh, a disconnect or a read of
 * the store changed nothing: a {@link VismaConfigurationException} when only an operator can fix it (Visma
 * refuses the client's credentials, a stored token does not open, no datasource at the configured name, a
 * datasource that commits every statement),
 * else a {@link VismaTransientException}, since a later try may work. Never the store's internal exception.
 */
final class RefreshFailures {

    /** Token endpoint errors about the client, not the grant: the refresh token was not spent. */
    private static final Set<String> CLIENT_ERRORS = Set.of("invalid_client", "unauthorized_client");

    private RefreshFailures() {
    }

    static VismaTokenException of(RuntimeException e) {
        if (e instanceof VismaTokenException typed) {
            return typed;
        }
        if (e instanceof SignInFailure refused && refused.oauthError().filter(CLIENT_ERRORS::contains).isPresent()) {
            return new VismaConfigurationException(LockedRefresh.MISCONFIGURED, "Visma refused this application's "
                    + "client credentials during a refresh (" + describe(e) + "). Check visma.identity.client-id, "
                    + "client-secret and client-auth against Visma's developer portal. Nothing was changed: the "
                    + "connection works again once they are right.", e);
        }
        if (isStore(e, TokenStoreException.DECRYPTION)) {
            return new VismaConfigurationException(LockedRefresh.MISCONFIGURED, describe(e) + " Configure the "
                    + "encryption key it was stored with (an old key goes in visma.identity.previous-encryption-keys),"
                    + " or let the user sign in again. Nothing was changed.", e);
        }
        if (isStore(e, TokenStoreException.NO_DATASOURCE) || isStore(e, TokenStoreException.AUTO_COMMIT)
                || isStore(e, StoreTables.UNKNOWN_DATABASE) || isStore(e, StoreTables.NOT_CREATED)
                || isStore(e, StoreTables.MISFIT)) {
            return new VismaConfigurationException(LockedRefresh.MISCONFIGURED, describe(e), e);
        }
        return new VismaTransientException(LockedRefresh.FAILED, "The token set could not be refreshed or read: "
                + describe(e) + " Nothing was changed; try again.", e);
    }

    /** Whether this is the failure {@link #of} makes of Visma refusing the client's credentials. */
    static boolean clientRefused(VismaTokenException failure) {
        return failure instanceof VismaConfigurationException && failure.getCause() instanceof SignInFailure refused
                && refused.oauthError().filter(CLIENT_ERRORS::contains).isPresent();
    }

    /** A failure's message when it is one of ours, which never holds a token; else only its type. */
    static String describe(Throwable e) {
        return e instanceof SignInFailure || e instanceof TokenStoreException ? e.getMessage()
                : e.getClass().getSimpleName();
    }

    private static boolean isStore(RuntimeException e, String id) {
        return e instanceof TokenStoreException && String.valueOf(e.getMessage()).startsWith(id);
    }
}

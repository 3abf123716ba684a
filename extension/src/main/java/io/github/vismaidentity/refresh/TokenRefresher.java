package io.github.vismaidentity.refresh;

import io.github.vismaidentity.VismaTokenException;
import io.github.vismaidentity.VismaTransientException;
import io.github.vismaidentity.store.TokenSet;
import io.github.vismaidentity.store.TokenSetKey;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out token sets whose access token stays valid for at least the refresh skew. The fast path is a
 * cached set: no database, no network, except one read of its row per recheck interval ({@link CachedSets}). Otherwise one caller per token set in this JVM does the work
 * ({@link LockedRefresh}: its own transaction, the row locked across nodes, Visma called only when no
 * other node refreshed already) and every other caller for that set waits for its result.
 */
public final class TokenRefresher {

    private final LockedRefresh locked;
    private final CachedSets cache;
    private final Map<TokenSetKey, CompletableFuture<TokenSet>> inFlight = new ConcurrentHashMap<>();

    public TokenRefresher(LockedRefresh locked) {
        this.locked = locked;
        this.cache = new CachedSets(locked);
    }

    /**
     * @throws io.github.vismaidentity.VismaReauthenticationRequiredException when the set cannot be refreshed any more
     * @throws VismaTransientException when Visma or the database could not be reached; nothing changed
     */
    public TokenSet validTokenSet(TokenSetKey key) {
        return obtain(key, Optional.empty());
    }

    /**
     * A set whose access token is not {@code rejected}: the API refused that one (HTTP 401) before its
     * expiry, so it is refreshed now, once, whoever else reports it.
     */
    public TokenSet replaceRejected(TokenSetKey key, String rejected) {
        return obtain(key, Optional.of(rejected));
    }

    private TokenSet obtain(TokenSetKey key, Optional<String> rejected) {
        TokenSet cached = cache.usable(key, rejected);
        if (cached != null) {
            return cached;
        }
        CompletableFuture<TokenSet> mine = new CompletableFuture<>();
        CompletableFuture<TokenSet> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        long disconnects = cache.disconnectsSoFar();
        try {
            TokenSet fresh = locked.refresh(key, rejected);
            cache.keep(key, fresh, disconnects);
            mine.complete(fresh);
            return fresh;
        } catch (RuntimeException e) {
            cache.forget(key);
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /**
     * Revokes and deletes the set; see {@link LockedRefresh#disconnect}. This node hands out its token no more
     * from the moment this returns, other nodes after at most the recheck interval ({@link CachedSets}).
     */
    public boolean disconnect(TokenSetKey key) {
        try {
            return locked.disconnect(key);
        } finally {
            cache.disconnected(key);
        }
    }

    /** Forgets the cached set, for instance after the user signed in again and a newer set was stored. */
    public void forget(TokenSetKey key) {
        cache.forget(key);
    }

    private static TokenSet await(CompletableFuture<TokenSet> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof VismaTokenException typed) {
                throw typed;
            }
            throw new VismaTransientException(LockedRefresh.FAILED, "The refresh this call waited for failed: "
                    + e.getCause().getClass().getSimpleName(), e.getCause());
        }
    }
}

package io.github.vismaidentity.refresh;

import io.github.vismaidentity.VismaTokenException;
import io.github.vismaidentity.VismaTransientException;
import io.github.vismaidentity.store.TokenSet;
import io.github.vismaidentity.store.TokenSetKey;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Hands out token sets whose access token stays valid for at least the refresh skew. The fast path is a
 * cached set: no database, no network, except one read of its row per recheck interval ({@link CachedSets}). Otherwise one caller per token set in this JVM does the work
 * ({@link LockedRefresh}: its own transaction, the row locked across nodes, Visma called only when no
 * other node refreshed already) and every other caller for that set waits for its result, at most the
 * wait bound ({@value #WAITED_TOO_LONG} after it).
 */
public final class TokenRefresher {

    /** A caller waited longer than the bound for another thread's refresh of the same set. */
    public static final String WAITED_TOO_LONG = "VISMAID4030";

    private final LockedRefresh locked;
    private final Duration waitBound;
    private final CachedSets cache;
    private final Map<TokenSetKey, CompletableFuture<TokenSet>> inFlight = new ConcurrentHashMap<>();

    /**
     * @param waitBound the longest a caller waits for another thread's refresh of the same set
     *                  ({@link io.github.vismaidentity.config.VismaIdentitySettings#refreshWaitBound()})
     */
    public TokenRefresher(LockedRefresh locked, Duration waitBound) {
        this.locked = locked;
        this.waitBound = waitBound;
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
        RefreshReport report = locked.report(key);
        try {
            TokenSet fresh = locked.refresh(key, rejected, report);
            cache.keep(key, fresh, disconnects);
            mine.complete(fresh);
            return fresh;
        } catch (RuntimeException e) {
            cache.forget(key);
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
            // Only now: an observer on this thread that asks for this set's token must not wait for itself.
            report.send();
        }
    }

    /**
     * Revokes and deletes the set; see {@link LockedRefresh#disconnect}. This node hands out its token no more
     * from the moment this returns, other nodes after at most the recheck interval ({@link CachedSets}).
     */
    public boolean disconnect(TokenSetKey key) {
        return locked.disconnect(key, () -> cache.disconnected(key));
    }

    /** Forgets the cached set, for instance after the user signed in again and a newer set was stored. */
    public void forget(TokenSetKey key) {
        cache.forget(key);
    }

    /**
     * The other thread's result, waited for at most the bound: that refresh may be held up where no HTTP
     * timeout reaches (another node's row lock). Giving up loses nothing: the refresh goes on, and what it
     * gets is committed and cached for the next call.
     */
    private TokenSet await(CompletableFuture<TokenSet> running) {
        try {
            return running.get(waitBound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new VismaTransientException(WAITED_TOO_LONG, "Another request's refresh of this token set took "
                    + "longer than " + waitBound + " (4 x (visma.identity.connect-timeout + read-timeout)); it goes "
                    + "on, and its result is kept. Nothing was changed by this call; try again.", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VismaTransientException(LockedRefresh.FAILED, "Interrupted while waiting for another "
                    + "request's refresh of this token set; nothing was changed by this call.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof VismaTokenException typed) {
                throw typed;
            }
            throw new VismaTransientException(LockedRefresh.FAILED, "The refresh this call waited for failed: "
                    + e.getCause().getClass().getSimpleName(), e.getCause());
        }
    }
}

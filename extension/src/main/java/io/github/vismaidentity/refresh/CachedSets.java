package io.github.vismaidentity.refresh;

import io.github.vismaidentity.store.TokenSet;
import io.github.vismaidentity.store.TokenSetKey;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One node's cached token sets, the fast path: a hit costs no database call and allocates nothing. A set
 * is handed out from here for at most the recheck interval since its row was last seen; then one caller
 * reads the row's version and status again (the others go on with the cached set meanwhile), and a set
 * deleted, marked or rewritten on any node leaves the cache. So another node's disconnect is seen within
 * the interval, and this node's at once, even by a refresh that was in flight when it ran.
 */
final class CachedSets {

    private final LockedRefresh locked;
    private final Clock clock;
    private final long recheckMillis;
    private final Map<TokenSetKey, Entry> entries = new ConcurrentHashMap<>();
    /** Counts this node's disconnects: a refresh that saw it change may be older than a delete. */
    private final AtomicLong disconnects = new AtomicLong();

    CachedSets(LockedRefresh locked) {
        this.locked = locked;
        this.clock = locked.clock();
        this.recheckMillis = locked.recheck().toMillis();
    }

    /** The cached set when it can be handed out as it is; null when the caller must go to the database. */
    TokenSet usable(TokenSetKey key, Optional<String> rejected) {
        Entry entry = entries.get(key);
        if (entry == null || !locked.isFresh(entry.set) || rejected.filter(entry.set.accessToken()::equals).isPresent()) {
            return null;
        }
        long now = clock.millis();
        if (now - entry.checkedAt < recheckMillis) {
            return entry.set;
        }
        return recheck(key, entry, now);
    }

    /** One caller claims the check by moving the entry's time on; a set that is no longer stored is dropped. */
    private TokenSet recheck(TokenSetKey key, Entry entry, long now) {
        Entry claimed = new Entry(entry.set, now);
        if (!entries.replace(key, entry, claimed)) {
            Entry other = entries.get(key);
            return other != null && other.set == entry.set && now - other.checkedAt < recheckMillis ? other.set : null;
        }
        boolean current;
        try {
            current = locked.stillCurrent(entry.set);
        } catch (RuntimeException e) {
            // Unconfirmed is not current: the refresh path reports the database's failure.
            current = false;
        }
        if (current) {
            return entry.set;
        }
        entries.remove(key, claimed);
        return null;
    }

    /** What {@link #keep} needs to know whether a disconnect ran meanwhile; read before the refresh starts. */
    long disconnectsSoFar() {
        return disconnects.get();
    }

    /** Caches a set just read or refreshed, unless a disconnect on this node ran since {@code before}. */
    void keep(TokenSetKey key, TokenSet set, long before) {
        Entry entry = new Entry(set, clock.millis());
        entries.put(key, entry);
        if (disconnects.get() != before) {
            entries.remove(key, entry);
        }
    }

    /** Called after the set's row was deleted: no cached copy survives, nor one a refresh in flight adds. */
    void disconnected(TokenSetKey key) {
        disconnects.incrementAndGet();
        entries.remove(key);
    }

    void forget(TokenSetKey key) {
        entries.remove(key);
    }

    private record Entry(TokenSet set, long checkedAt) {
    }
}

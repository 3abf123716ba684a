package io.github.vismaidentity.refresh;

import io.github.vismaidentity.VismaReauthenticationRequiredException;
import io.github.vismaidentity.VismaTokenException;
import io.github.vismaidentity.client.Sleeper;
import io.github.vismaidentity.observe.Observer;
import io.github.vismaidentity.observe.RefreshOutcome.Kind;
import io.github.vismaidentity.protocol.Discovery;
import io.github.vismaidentity.protocol.GrantedTokens;
import io.github.vismaidentity.protocol.SignInFailure;
import io.github.vismaidentity.protocol.TokenEndpointClient;
import io.github.vismaidentity.store.TokenSet;
import io.github.vismaidentity.store.TokenSetKey;
import io.github.vismaidentity.store.TokenSetStatus;
import io.github.vismaidentity.store.TokenSetStore;
import io.github.vismaidentity.store.TokenTransactions;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * One refresh of one token set, safe across nodes: in a transaction of its own, the row locked and read
 * again; a set another node refreshed meanwhile is used as it is; otherwise the refresh token is redeemed
 * (once more at most, with the same token, when the answer was lost), both new tokens are written with
 * the next version and committed before the access token is handed out. {@code invalid_grant} marks the
 * set REAUTHENTICATION_REQUIRED for every node. When the commit fails after Visma answered, the write is
 * retried from memory, after a short pause that grows each time ({@link SaveFromMemory}). How each refresh and
 * each disconnect ended is told to the {@link Observer} once its transaction ended ({@link RefreshReport}).
 */
public final class LockedRefresh {

    /** Visma or the database could not be reached; nothing changed. */
    public static final String FAILED = "VISMAID4001";
    /** Visma refused the refresh token, or the set was already marked. */
    public static final String REAUTHENTICATE = "VISMAID4002";
    /** No token set for this user and company. */
    public static final String NOT_CONNECTED = "VISMAID4003";
    /** Visma rotated the tokens, and the new ones could not be saved. */
    public static final String NOT_SAVED = "VISMAID4004";
    /** The refresh's ID token is not for this set: another issuer, client (aud, azp) or user, or a bad signature. */
    public static final String FOREIGN_ID_TOKEN = "VISMAID4005";
    /** Visma refused the client's credentials, or a stored token does not open: an operator must act. */
    public static final String MISCONFIGURED = "VISMAID4007";

    private static final Logger LOG = Logger.getLogger(LockedRefresh.class.getName());
    /**
     * How long a node hands out a cached set before it checks the row again (one read of its version and
     * status): the longest another node's disconnect, mark or refresh goes unseen.
     */
    public static final Duration DEFAULT_RECHECK = Duration.ofSeconds(5);

    private final TokenSetStore store;
    private final TokenTransactions transactions;
    private final TokenEndpointClient tokenEndpoint;
    private final Discovery discovery;
    private final RefreshIdTokenCheck idTokens;
    private final Clock clock;
    private final Duration skew;
    private final Duration recheck;
    private final SaveFromMemory saveFromMemory;
    private final Observer observer;

    public LockedRefresh(TokenSetStore store, TokenTransactions transactions, TokenEndpointClient tokenEndpoint,
                         Discovery discovery, RefreshIdTokenCheck idTokens, Clock clock, Duration skew) {
        this(store, transactions, tokenEndpoint, discovery, idTokens, clock, skew, DEFAULT_RECHECK, Sleeper.THREAD);
    }

    public LockedRefresh(TokenSetStore store, TokenTransactions transactions, TokenEndpointClient tokenEndpoint,
                         Discovery discovery, RefreshIdTokenCheck idTokens, Clock clock, Duration skew,
                         Duration recheck, Sleeper sleeper) {
        this(store, transactions, tokenEndpoint, discovery, idTokens, clock, skew, recheck, sleeper, Observer.NONE);
    }

    /**
     * @param recheck how long a cached set is handed out before its row is checked again
     * @param sleeper how the pauses between rewrites from memory are taken
     * @param observer told how each refresh and each disconnect ended, after its transaction
     */
    public LockedRefresh(TokenSetStore store, TokenTransactions transactions, TokenEndpointClient tokenEndpoint,
                         Discovery discovery, RefreshIdTokenCheck idTokens, Clock clock, Duration skew,
                         Duration recheck, Sleeper sleeper, Observer observer) {
        this.store = store;
        this.transactions = transactions;
        this.tokenEndpoint = tokenEndpoint;
        this.discovery = discovery;
        this.idTokens = idTokens;
        this.clock = clock;
        this.skew = skew;
        this.recheck = recheck;
        this.saveFromMemory = new SaveFromMemory(store, transactions, sleeper);
        this.observer = observer;
    }

    /** True when the set is ACTIVE and its access token stays valid for at least the skew. */
    public boolean isFresh(TokenSet set) {
        return set.status() == TokenSetStatus.ACTIVE && set.accessExpiresAt().isAfter(clock.instant().plus(skew));
    }

    /**
     * Whether a cached set is still the stored one ({@link TokenSetStore#isCurrent}), read in a transaction
     * of its own: a request inside an application's transaction must not enlist the token datasource there.
     */
    boolean stillCurrent(TokenSet cached) {
        return transactions.inNewTransaction(connection -> store.isCurrent(connection, cached));
    }

    Clock clock() {
        return clock;
    }

    Duration recheck() {
        return recheck;
    }

    /**
     * @param rejected an access token the API refused (HTTP 401): refreshed even before its expiry, unless
     *                 the stored one is already another
     * @param report   keeps how it ended, for the caller to send once it let go of the refresh ({@link #report})
     */
    TokenSet refresh(TokenSetKey key, Optional<String> rejected, RefreshReport report) {
        AtomicReference<SaveFromMemory.Redeemed> answered = new AtomicReference<>();
        Outcome outcome;
        try {
            outcome = transactions.inNewTransaction(connection -> underLock(connection, key, rejected, answered,
                    report));
        } catch (VismaTokenException e) {
            throw report.failed(e);
        } catch (RuntimeException e) {
            if (answered.get() != null) {
                return saveFromMemory.save(answered.get(), e, report);
            }
            throw report.failed(RefreshFailures.of(e));
        }
        // Committed (or, for what changed nothing, ended): only now is it kept for the report.
        report.ended(outcome.kind(), outcome.messageId(), outcome.reason());
        return outcome.orThrow();
    }

    /** A report for one refresh of {@code key}, to this refresher's observer. */
    RefreshReport report(TokenSetKey key) {
        return new RefreshReport(observer, key);
    }

    private Outcome underLock(Connection connection, TokenSetKey key, Optional<String> rejected,
                              AtomicReference<SaveFromMemory.Redeemed> answered, RefreshReport report) throws SQLException {
        TokenSet current = store.lockAndRead(connection, key).orElse(null);
        if (current == null) {
            return Outcome.notUsable(key, NOT_CONNECTED, "No token set for this user in company "
                    + key.companyId() + ": the user has not connected it.");
        }
        report.found(current.companyName());
        if (current.status() != TokenSetStatus.ACTIVE) {
            return Outcome.notUsable(key, REAUTHENTICATE, "The token set is " + current.status() + ".");
        }
        if (isFresh(current) && !rejected.filter(current.accessToken()::equals).isPresent()) {
            return Outcome.ok(current, Kind.REUSED);
        }
        GrantedTokens granted;
        try {
            granted = redeemAtMostTwice(current);
        } catch (SignInFailure failure) {
            if (failure.oauthError().filter("invalid_grant"::equals).isEmpty()) {
                throw failure;
            }
            String why = "Visma refused the refresh token (invalid_grant): the user changed the password, was "
                    + "locked, or revoked the app.";
            return marked(connection, current, REAUTHENTICATE, why, why);
        }
        Optional<String> foreign = idTokens.problem(granted, key);
        if (foreign.isPresent()) {
            return marked(connection, current, FOREIGN_ID_TOKEN, foreign.get(), "Visma's answer to the refresh held "
                    + "an ID token that is not for this connection (another issuer, client or user, or a bad signature).");
        }
        answered.set(new SaveFromMemory.Redeemed(current, granted));
        return Outcome.ok(store.writeRefreshed(connection, current, granted.accessToken(), granted.refreshToken(),
                granted.accessExpiresAt(), granted.scope().toString()), Kind.REFRESHED);
    }

    /**
     * Marks the set for every node, and says so once in the log: an operator sees why a customer must sign in.
     *
     * @param reported the reason the observer gets: {@code reason} may quote what only the log should hold
     */
    private Outcome marked(Connection connection, TokenSet current, String id, String reason, String reported)
            throws SQLException {
        TokenSetKey key = current.key();
        store.markStatus(connection, current, TokenSetStatus.REAUTHENTICATION_REQUIRED);
        LOG.warning(() -> id + ": " + key + " is now REAUTHENTICATION_REQUIRED and is not refreshed again until "
                + "the user signs in. " + reason);
        return new Outcome(null, new VismaReauthenticationRequiredException(id, reason, key.subject(),
                key.companyId()), Kind.MARKED, reported);
    }

    /**
     * Revokes the set's refresh token at Visma, when discovery names a revocation endpoint, and deletes the
     * set, under the same row lock as a refresh, so no refresh of it runs at the same time on any node.
     *
     * @param forgetCached takes the set out of this node's cache, whatever came of it, before the observer hears
     *                     of the deletion: an observer that asks for the token again must not get the cached one
     * @return true when Visma confirmed the revocation
     */
    boolean disconnect(TokenSetKey key, Runnable forgetCached) {
        Optional<Deleted> deleted;
        try {
            deleted = transactions.inNewTransaction(connection -> {
                Optional<TokenSet> current = store.lockAndRead(connection, key);
                if (current.isEmpty()) {
                    return Optional.<Deleted>empty();
                }
                boolean revoked = discovery.endpoints().revocationEndpoint()
                        .map(endpoint -> tokenEndpoint.revoke(endpoint, current.get().refreshToken()))
                        .orElse(false);
                store.delete(connection, key);
                return Optional.of(new Deleted(current.get().companyName(), revoked));
            });
        } catch (VismaTokenException e) {
            throw e;
        } catch (RuntimeException e) {
            throw RefreshFailures.of(e);
        } finally {
            forgetCached.run();
        }
        // The deletion committed: only now is it reported.
        deleted.ifPresent(set -> observer.disconnected(key, set.companyName(), set.revoked()));
        return deleted.map(Deleted::revoked).orElse(false);
    }

    /** One retry with the same token when the answer was lost: Visma may or may not have rotated it. */
    private GrantedTokens redeemAtMostTwice(TokenSet current) {
        try {
            return tokenEndpoint.refresh(discovery.endpoints().tokenEndpoint(), current.refreshToken());
        } catch (SignInFailure failure) {
            if (!failure.isTransient()) {
                throw failure;
            }
            LOG.info(() -> "Refresh of " + current.key() + " got no usable answer (" + failure.id() + "); one retry");
            return tokenEndpoint.refresh(discovery.endpoints().tokenEndpoint(), current.refreshToken());
        }
    }


    private record Deleted(String companyName, boolean revoked) {
    }

    /** What the locked transaction decided: a set to hand out, or the exception; and how to report it. */
    private record Outcome(TokenSet set, VismaReauthenticationRequiredException reauthenticate, Kind kind,
                           String reason) {

        static Outcome ok(TokenSet set, Kind kind) {
            return new Outcome(set, null, kind, "");
        }

        /** Nothing was tried: no set, or one already marked; the caller must send the user to sign in. */
        static Outcome notUsable(TokenSetKey key, String id, String message) {
            return new Outcome(null, new VismaReauthenticationRequiredException(id, message, key.subject(),
                    key.companyId()), Kind.NOT_USABLE, message);
        }

        String messageId() {
            return reauthenticate == null ? "" : reauthenticate.messageId();
        }

        TokenSet orThrow() {
            if (reauthenticate != null) {
                throw reauthenticate;
            }
            return set;
        }
    }
}

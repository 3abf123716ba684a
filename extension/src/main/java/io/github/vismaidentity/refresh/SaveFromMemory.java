package io.github.vismaidentity.refresh;

import io.github.vismaidentity.VismaReauthenticationRequiredException;
import io.github.vismaidentity.client.Sleeper;
import io.github.vismaidentity.observe.RefreshOutcome.Kind;
import io.github.vismaidentity.protocol.GrantedTokens;
import io.github.vismaidentity.store.TokenSet;
import io.github.vismaidentity.store.TokenSetKey;
import io.github.vismaidentity.store.TokenSetStatus;
import io.github.vismaidentity.store.TokenSetStore;
import io.github.vismaidentity.store.TokenTransactions;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

import static io.github.vismaidentity.refresh.LockedRefresh.NOT_SAVED;

/**
 * The tokens of a refresh whose commit failed after Visma answered: Visma has rotated them, so the old refresh
 * token is spent and these are the only ones that work. They are written again from memory, at most
 * {@value #SAVE_ATTEMPTS} times; when that fails too, the set is marked REAUTHENTICATION_REQUIRED.
 */
final class SaveFromMemory {

    private static final Logger LOG = Logger.getLogger(SaveFromMemory.class.getName());
    private static final int SAVE_ATTEMPTS = 3;
    /** The pause before the first rewrite from memory; it doubles before each further one (0.7 s in all). */
    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);

    private final TokenSetStore store;
    private final TokenTransactions transactions;
    private final Sleeper sleeper;

    SaveFromMemory(TokenSetStore store, TokenTransactions transactions, Sleeper sleeper) {
        this.store = store;
        this.transactions = transactions;
        this.sleeper = sleeper;
    }

    /**
     * Writes the redeemed tokens again, after a pause that doubles each time: a database that just failed a
     * commit gets a moment to come back, and the request thread is held well under a second in all.
     */
    TokenSet save(Redeemed redeemed, RuntimeException firstFailure, RefreshReport report) {
        RuntimeException last = firstFailure;
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; attempt <= SAVE_ATTEMPTS; attempt++) {
            LOG.warning(NOT_SAVED + ": the refreshed tokens of " + redeemed.from().key() + " were not committed ("
                    + RefreshFailures.describe(last) + "); writing them again from memory in " + pause.toMillis()
                    + " ms, attempt " + attempt);
            pause(pause);
            pause = pause.multipliedBy(2);
            try {
                TokenSet written = transactions.inNewTransaction(connection -> writeAgain(connection, redeemed));
                report.ended(Kind.REFRESHED, "", "");
                return written;
            } catch (RuntimeException e) {
                last = e;
            }
        }
        if (markSpent(redeemed.from())) {
            report.ended(Kind.MARKED, NOT_SAVED, "Visma rotated the tokens and the new ones could not be saved, so "
                    + "the old refresh token is spent.");
        } else {
            report.ended(Kind.FAILED, NOT_SAVED, "The new tokens could not be saved.");
        }
        TokenSetKey key = redeemed.from().key();
        throw new VismaReauthenticationRequiredException(NOT_SAVED, "Visma rotated the tokens, and the new ones "
                + "could not be saved (" + RefreshFailures.describe(last) + "); the old refresh token is spent, so the user must "
                + "sign in again.", key.subject(), key.companyId());
    }

    /**
     * Marks the set whose refresh token was spent, unless it was written since (the user signed in again).
     *
     * @return whether the mark was committed
     */
    private boolean markSpent(TokenSet spent) {
        try {
            boolean marked = transactions.inNewTransaction(connection ->
                    store.markStatus(connection, spent, TokenSetStatus.REAUTHENTICATION_REQUIRED));
            if (!marked) {
                LOG.info(() -> NOT_SAVED + ": " + spent.key() + " was written since version " + spent.version()
                        + " (a new sign-in, or a disconnect): it is not marked.");
            }
            return marked;
        } catch (RuntimeException e) {
            LOG.warning(NOT_SAVED + ": " + spent.key() + " could not be marked either (" + RefreshFailures.describe(e) + ")");
            return false;
        }
    }

    private void pause(Duration pause) {
        try {
            sleeper.sleep(pause);
        } catch (InterruptedException e) {
            // The write still matters more than the wait: try at once, and leave the interrupt to the caller.
            Thread.currentThread().interrupt();
        }
    }

    /** The write of a redeemed refresh, unless a commit reported as failed did go through after all. */
    private TokenSet writeAgain(Connection connection, Redeemed redeemed) throws SQLException {
        Optional<TokenSet> now = store.lockAndRead(connection, redeemed.from().key());
        if (now.isPresent() && now.get().version() == redeemed.from().version() + 1
                && now.get().refreshToken().equals(redeemed.tokens().refreshToken())) {
            return now.get();
        }
        return store.writeRefreshed(connection, redeemed.from(), redeemed.tokens().accessToken(),
                redeemed.tokens().refreshToken(), redeemed.tokens().accessExpiresAt(),
                redeemed.tokens().scope().toString());
    }

    /** A refresh Visma answered: the set it was decided on, and the new tokens. */
    record Redeemed(TokenSet from, GrantedTokens tokens) {
    }
}

package io.github.vismaidentity.mechanism;

import io.github.vismaidentity.observe.Observer;
import io.github.vismaidentity.protocol.SignedIn;
import io.github.vismaidentity.store.TokenSetKey;
import io.github.vismaidentity.store.TokenSetStore;
import io.github.vismaidentity.store.TokenTransactions;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The {@link TokenSetSaver} the extension uses: the sign-in's token set is written in a transaction of its own,
 * committed before the user counts as signed in; then this node's cached copy is forgotten and the
 * {@link Observer} hears of the sign-in. A save that fails throws before anything is reported.
 */
public final class CommittingSaver implements TokenSetSaver {

    private final String clientId;
    private final Supplier<TokenSetStore> store;
    private final Supplier<TokenTransactions> transactions;
    private final Consumer<TokenSetKey> forget;
    private final Observer observer;

    /**
     * @param store        the token store, made on first use
     * @param transactions the transactions on the store's datasource, looked up on first use (on a request thread)
     * @param forget       forgets this node's cached set of the key, which the new sign-in replaces
     */
    public CommittingSaver(String clientId, Supplier<TokenSetStore> store, Supplier<TokenTransactions> transactions,
                           Consumer<TokenSetKey> forget, Observer observer) {
        this.clientId = clientId;
        this.store = store;
        this.transactions = transactions;
        this.forget = forget;
        this.observer = observer;
    }

    @Override
    public void save(SignedIn signedIn) {
        TokenSetStore tokens = store.get();
        TokenSetKey key = new TokenSetKey(clientId, signedIn.claims().getSubject().getValue(), signedIn.company().id());
        transactions.get().inNewTransaction(connection -> tokens.save(connection, key, signedIn.company().name(),
                signedIn.tokens().accessToken(), signedIn.tokens().refreshToken(), signedIn.tokens().accessExpiresAt(),
                signedIn.tokens().scope().toString()));
        forget.accept(key);
        // Committed when inNewTransaction returned: a save that failed threw and reports nothing.
        observer.signedIn(key, signedIn.company().name());
    }
}

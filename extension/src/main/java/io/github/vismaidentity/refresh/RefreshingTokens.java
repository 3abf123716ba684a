package io.github.vismaidentity.refresh;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaConnection;
import io.github.vismaidentity.VismaReauthenticationRequiredException;
import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.store.TokenSet;
import io.github.vismaidentity.store.TokenSetKey;
import io.github.vismaidentity.store.TokenSetStore;

import java.util.List;
import java.util.function.Supplier;

/** {@link VismaTokens} on the refresher: every token handed out is valid for at least the refresh skew. */
public final class RefreshingTokens implements VismaTokens {

    private final String clientId;
    private final Supplier<TokenRefresher> refresher;
    private final Supplier<TokenSetStore> store;

    /** The suppliers are asked on each call, so the datasource is looked up where JNDI names resolve. */
    public RefreshingTokens(String clientId, Supplier<TokenRefresher> refresher, Supplier<TokenSetStore> store) {
        this.clientId = clientId;
        this.refresher = refresher;
        this.store = store;
    }

    @Override
    public VismaAccessToken forCompany(String companyId) {
        TokenSet any = read(() -> store.get().findActiveByCompany(clientId, companyId)).orElseThrow(() ->
                new VismaReauthenticationRequiredException(LockedRefresh.NOT_CONNECTED, "Nobody has connected company "
                        + companyId + ", or every connection to it needs a new sign-in.", "", companyId));
        return forUser(any.key().subject(), companyId);
    }

    @Override
    public VismaAccessToken replaceRejected(VismaAccessToken rejected) {
        TokenSet set = read(() -> refresher.get().replaceRejected(new TokenSetKey(clientId, rejected.subject(),
                rejected.companyId()), rejected.value()));
        return accessToken(set);
    }

    @Override
    public List<VismaConnection> connections() {
        return read(() -> store.get().summaries(clientId)).stream().map(set -> new VismaConnection(
                set.key().subject(), set.key().companyId(), set.companyName(),
                VismaConnection.Status.valueOf(set.status().name()), set.updatedAt())).toList();
    }

    @Override
    public boolean disconnect(String subject, String companyId) {
        return read(() -> refresher.get().disconnect(new TokenSetKey(clientId, subject, companyId)));
    }

    @Override
    public VismaAccessToken forUser(String subject, String companyId) {
        return accessToken(read(() -> refresher.get().validTokenSet(new TokenSetKey(clientId, subject, companyId))));
    }

    /** A call whose failure reaches callers only as one of the exceptions {@link VismaTokens} names. */
    private static <T> T read(Supplier<T> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            throw RefreshFailures.of(e);
        }
    }

    private static VismaAccessToken accessToken(TokenSet set) {
        return new VismaAccessToken(set.accessToken(), set.accessExpiresAt(), set.key().subject(),
                set.key().companyId(), set.companyName(), set.scope());
    }
}

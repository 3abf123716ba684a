package io.github.vismaidentity.cdi;

import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.VismaConnection;
import io.github.vismaidentity.client.Sleeper;
import io.github.vismaidentity.events.ConnectionEvents;
import io.github.vismaidentity.mechanism.CommittingSaver;
import io.github.vismaidentity.mechanism.VismaAuthenticationMechanism;
import io.github.vismaidentity.metrics.Metrics;
import io.github.vismaidentity.observe.Observer;
import io.github.vismaidentity.observe.Observers;
import io.github.vismaidentity.protocol.AuthorizationRedirect;
import io.github.vismaidentity.protocol.CallbackValidator;
import io.github.vismaidentity.protocol.CompanyLookup;
import io.github.vismaidentity.protocol.Discovery;
import io.github.vismaidentity.protocol.IdTokenVerifiers;
import io.github.vismaidentity.protocol.TokenEndpointClient;
import io.github.vismaidentity.protocol.VismaHttp;
import io.github.vismaidentity.refresh.LockedRefresh;
import io.github.vismaidentity.refresh.RefreshIdTokenCheck;
import io.github.vismaidentity.refresh.RefreshingTokens;
import io.github.vismaidentity.refresh.TokenRefresher;
import io.github.vismaidentity.store.ConsumedStates;
import io.github.vismaidentity.store.StoreTables;
import io.github.vismaidentity.store.TokenCipher;
import io.github.vismaidentity.store.TokenSetStore;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Everything the extension builds from one validated configuration, wired by constructor: the object
 * graph in one place, so tests can build the same graph without a container. The store and the refresher
 * are made on first use, on a thread where the datasource's JNDI name resolves.
 */
final class VismaIdentity {

    private final VismaIdentitySettings settings;
    private final Clock clock;
    private final Discovery discovery;
    private final IdTokenVerifiers verifiers;
    private final TokenEndpointClient tokenEndpoint;
    private final CompanyLookup companies;
    private final DataSources dataSources;
    /** Told of what happened after each transaction: the application's CDI events, then the metrics. */
    private final Observer observer;
    private final AtomicReference<TokenSetStore> store = new AtomicReference<>();
    private final AtomicReference<TokenRefresher> refresher = new AtomicReference<>();
    private final AtomicReference<ConsumedStates> consumedStates = new AtomicReference<>();
    private final AtomicReference<StoreTables> tables = new AtomicReference<>();
    private volatile BeanManager beans;

    private VismaIdentity(VismaIdentitySettings settings, Clock clock, BeanManager beans) {
        VismaHttp http = new VismaHttp(settings);
        this.settings = settings;
        this.clock = clock;
        this.observer = Observers.all(new ConnectionEvents(beans, clock),
                Metrics.forServer(Thread.currentThread().getContextClassLoader(), this::tokenSetsByStatus));
        this.discovery = new Discovery(settings, http);
        this.verifiers = new IdTokenVerifiers(settings, discovery, http, clock);
        this.tokenEndpoint = new TokenEndpointClient(settings, http, clock, observer);
        this.companies = new CompanyLookup(settings, http);
        this.dataSources = new DataSources(settings.dataSource());
    }

    Observer observer() {
        return observer;
    }

    /**
     * How many token sets of this client id the store holds per status, for the metrics; none before the store
     * exists, because the metrics' thread must not be the one that looks the datasource up.
     */
    private Map<VismaConnection.Status, Long> tokenSetsByStatus() {
        TokenSetStore known = store.get();
        return known == null ? Map.of() : known.countByStatus(settings.clientId().getValue());
    }

    /** @param beans the bean manager the application's {@link io.github.vismaidentity.VismaConnectionEvent}s go through */
    static VismaIdentity create(VismaIdentitySettings settings, BeanManager beans) {
        return new VismaIdentity(settings, Clock.systemUTC(), beans);
    }

    Discovery discovery() {
        return discovery;
    }

    Clock clock() {
        return clock;
    }

    String clientId() {
        return settings.clientId().getValue();
    }

    Duration rateLimitMaxWait() {
        return settings.rateLimitMaxWait();
    }

    URI apiBaseUri() {
        return settings.apiBaseUri();
    }

    VismaAuthenticationMechanism mechanism(JtaTokenTransactions transactions) {
        CallbackValidator callbacks = new CallbackValidator(settings, discovery, verifiers, tokenEndpoint, companies,
                (state, until) -> consumedStates(transactions).firstUse(state.getValue(), until), clock);
        return new VismaAuthenticationMechanism(settings, discovery, new AuthorizationRedirect(settings, clock),
                callbacks, new CommittingSaver(settings.clientId().getValue(), this::store,
                        () -> transactions.on(dataSources.get()), key -> refresher(transactions).forget(key), observer),
                observer);
    }

    VismaTokens tokens(JtaTokenTransactions transactions) {
        return new RefreshingTokens(settings.clientId().getValue(), () -> refresher(transactions), this::store);
    }

    private TokenRefresher refresher(JtaTokenTransactions transactions) {
        TokenRefresher known = refresher.get();
        if (known == null) {
            LockedRefresh locked = new LockedRefresh(store(), transactions.on(dataSources.get()), tokenEndpoint,
                    discovery, new RefreshIdTokenCheck(verifiers), clock, settings.refreshSkew(),
                    LockedRefresh.DEFAULT_RECHECK, Sleeper.THREAD, observer);
            refresher.compareAndSet(null, new TokenRefresher(locked, settings.refreshWaitBound()));
            known = refresher.get();
        }
        return known;
    }

    private ConsumedStates consumedStates(JtaTokenTransactions transactions) {
        ConsumedStates known = consumedStates.get();
        if (known == null) {
            consumedStates.compareAndSet(null, new ConsumedStates(tables(), transactions.on(dataSources.get()), clock));
            known = consumedStates.get();
        }
        return known;
    }

    TokenSetStore store() {
        TokenSetStore known = store.get();
        if (known == null) {
            TokenCipher cipher = settings.encryptionKey()
                    .map(key -> TokenCipher.rotating(key, settings.previousEncryptionKeys()))
                    .orElseGet(TokenCipher::plaintext);
            store.compareAndSet(null, new TokenSetStore(dataSources.get(), cipher, clock, tables(),
                    Optional.of(settings.refreshWaitBound())));
            known = store.get();
        }
        return known;
    }

    /**
     * The tables, checked once for the store and the used states together; the check and any DDL run with the
     * caller's JTA transaction suspended, through the container's {@code @Transactional} interceptor.
     */
    private StoreTables tables() {
        StoreTables known = tables.get();
        if (known == null) {
            tables.compareAndSet(null, new StoreTables(dataSources.get(), settings.createTable(),
                    work -> transactions().outsideTransaction(work)));
            known = tables.get();
        }
        return known;
    }

    /** The deployment's bean manager, which works on any thread, once deployment has been validated. */
    void useBeans(BeanManager deployment) {
        beans = deployment;
    }

    private JtaTokenTransactions transactions() {
        BeanManager known = beans;
        return (known == null ? CDI.current() : known.createInstance()).select(JtaTokenTransactions.class).get();
    }

    /** Whether the store creates its missing tables ({@code visma.identity.create-table}). */
    boolean createsTables() {
        return settings.createTable();
    }

    /**
     * Checks the tables now, creating nothing, on the calling thread: at deployment, where no transaction is
     * open to leave.
     *
     * @throws io.github.vismaidentity.store.TokenStoreException when they are missing, do not fit, or cannot be read
     */
    void checkTablesNow() {
        new StoreTables(dataSources.get(), false, Runnable::run).ensure();
    }
}

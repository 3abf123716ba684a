package io.github.vismaidentity.benchmarks;

import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import io.github.vismaidentity.VismaIdentityDefinition.ClientAuthentication;
import io.github.vismaidentity.VismaIdentityDefinition.CompanySelection;
import io.github.vismaidentity.benchmarks.databases.BenchDatabase;
import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.protocol.Discovery;
import io.github.vismaidentity.protocol.IdTokenVerifiers;
import io.github.vismaidentity.protocol.TokenEndpointClient;
import io.github.vismaidentity.protocol.VismaHttp;
import io.github.vismaidentity.refresh.LockedRefresh;
import io.github.vismaidentity.refresh.RefreshIdTokenCheck;
import io.github.vismaidentity.refresh.TokenRefresher;
import io.github.vismaidentity.store.LocalTransactions;
import io.github.vismaidentity.store.TokenSetStore;
import org.apache.derby.jdbc.EmbeddedDataSource;

import javax.sql.DataSource;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The extension's refresh graph wired by constructor, as the CDI extension wires it, minus the container:
 * shared by the benchmarks so each measures the same graph the application gets.
 */
public final class BenchmarkWiring {

    private BenchmarkWiring() {
    }

    /**
     * Settings as the extension would read them, built directly: the benchmarks must not depend on config
     * parsing. The refresh skew is the default 60 s. The read timeout is 30 s, not the default: on a loaded
     * 2-core machine the emulator's first signed answer, which waits for its RSA key, took over 5 s, and a
     * timeout would only turn a slow set-up into a failed run (the storm's check fails on any error anyway).
     */
    public static VismaIdentitySettings settings(String clientId, String secret, String issuer, URI apiBase,
                                          Optional<URI> redirectUri, String scope) {
        return new VismaIdentitySettings(new ClientID(clientId), new Secret(secret), new Issuer(issuer), apiBase,
                redirectUri, Scope.parse(scope), Optional.empty(), CompanySelection.DEFAULT, ClientAuthentication.BASIC,
                "unused", Optional.empty(), List.of(), Duration.ofSeconds(60), Duration.ofSeconds(2),
                Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofSeconds(60),
                VismaIdentitySettings.DEFAULT_RATE_LIMIT_MAX_WAIT, "sub", Set.of(), false,
                VismaIdentitySettings.EndpointOverrides.none());
    }

    /** An in-memory Derby database, unpooled: the JMH benchmarks' store. */
    static EmbeddedDataSource inMemoryDerby(String name) {
        BenchDatabase.keepDerbyLogInTmp();
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + name);
        dataSource.setCreateDatabase("create");
        return dataSource;
    }

    /** One node's refresher: its own HTTP client, discovery, cache and single flight over the given store. */
    public static TokenRefresher refresher(VismaIdentitySettings settings, DataSource dataSource,
                                    TokenSetStore store, Clock clock) {
        VismaHttp http = new VismaHttp(settings);
        Discovery discovery = new Discovery(settings, http);
        // ID tokens on the emulator's time: the client clock moves only to expire access tokens, and a refresh's
        // ID token checked against it would log a clock warning on every refresh.
        IdTokenVerifiers verifiers = new IdTokenVerifiers(settings, discovery, http, Clock.systemUTC());
        return new TokenRefresher(new LockedRefresh(store, new LocalTransactions(dataSource),
                new TokenEndpointClient(settings, http, clock), discovery,
                new RefreshIdTokenCheck(verifiers), clock, settings.refreshSkew()),
                settings.refreshWaitBound());
    }
}

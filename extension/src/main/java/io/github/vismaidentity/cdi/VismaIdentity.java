package io.github.vismaidentity.cdi;

import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.mechanism.VismaAuthenticationMechanism;
import io.github.vismaidentity.protocol.AuthorizationRedirect;
import io.github.vismaidentity.protocol.CallbackValidator;
import io.github.vismaidentity.protocol.CompanyLookup;
import io.github.vismaidentity.protocol.Discovery;
import io.github.vismaidentity.protocol.TokenEndpointClient;
import io.github.vismaidentity.protocol.VismaHttp;
import io.github.vismaidentity.store.TokenCipher;
import io.github.vismaidentity.store.TokenSetStore;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Everything the extension builds from one validated configuration, wired by constructor: the object
 * graph in one place, so tests can build the same graph without a container.
 */
final class VismaIdentity {

    private final VismaIdentitySettings settings;
    private final Clock clock;
    private final VismaHttp http;
    private final Discovery discovery;
    private final DataSources dataSources;
    private final AtomicReference<TokenSetStore> store = new AtomicReference<>();

    private VismaIdentity(VismaIdentitySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = new VismaHttp(settings);
        this.discovery = new Discovery(settings, http);
        this.dataSources = new DataSources(settings.dataSource());
    }

    static VismaIdentity create(VismaIdentitySettings settings) {
        return new VismaIdentity(settings, Clock.systemUTC());
    }

    Discovery discovery() {
        return discovery;
    }

    VismaAuthenticationMechanism mechanism(TransactionalTokenSetSaver saver) {
        CallbackValidator callbacks = new CallbackValidator(settings, discovery,
                new TokenEndpointClient(settings, http, clock), new CompanyLookup(settings, http), clock);
        String clientId = settings.clientId().getValue();
        return new VismaAuthenticationMechanism(settings, discovery, new AuthorizationRedirect(settings, clock),
                callbacks, signedIn -> saver.save(store(), clientId, signedIn));
    }

    private TokenSetStore store() {
        TokenSetStore known = store.get();
        if (known == null) {
            DataSource dataSource = dataSources.get();
            TokenCipher cipher = settings.encryptionKey().map(TokenCipher::with).orElseGet(TokenCipher::plaintext);
            store.compareAndSet(null, new TokenSetStore(dataSource, cipher, clock));
            known = store.get();
        }
        return known;
    }
}

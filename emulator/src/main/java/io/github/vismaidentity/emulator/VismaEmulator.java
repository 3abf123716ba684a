package io.github.vismaidentity.emulator;

import com.nimbusds.oauth2.sdk.id.Issuer;
import com.sun.net.httpserver.HttpServer;
import io.github.vismaidentity.emulator.api.EAccountingApi;
import io.github.vismaidentity.emulator.control.Counters;
import io.github.vismaidentity.emulator.control.EmulatorClock;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.control.FaultInjector;
import io.github.vismaidentity.emulator.control.Tunables;
import io.github.vismaidentity.emulator.directory.Client;
import io.github.vismaidentity.emulator.directory.Directory;
import io.github.vismaidentity.emulator.grants.GrantStore;
import io.github.vismaidentity.emulator.http.ProblemRenderer;
import io.github.vismaidentity.emulator.http.Router;
import io.github.vismaidentity.emulator.identity.IdentityServer;
import io.github.vismaidentity.emulator.identity.SignInSessions;
import io.github.vismaidentity.emulator.keys.SigningKeys;
import io.github.vismaidentity.emulator.playground.Playground;
import io.github.vismaidentity.emulator.tokens.AccessTokens;
import io.github.vismaidentity.emulator.tokens.IdTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running emulator of Visma's identity server and of a slice of the eAccounting API, on real HTTP.
 *
 * <pre>{@code
 * try (VismaEmulator visma = VismaEmulator.builder().start()) {   // port 0: a free port
 *     URI discovery = visma.discoveryUri();
 *     ...
 *     assertThat(visma.control().count(Counter.REFRESH_TOKEN_REUSES)).isZero();
 * }
 * }</pre>
 */
public final class VismaEmulator implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUri;
    private final EmulatorControl control;

    private VismaEmulator(HttpServer server, ExecutorService executor, URI baseUri, EmulatorControl control) {
        this.server = server;
        this.executor = executor;
        this.baseUri = baseUri;
        this.control = control;
    }

    public static EmulatorBuilder builder() {
        return new EmulatorBuilder();
    }

    static VismaEmulator start(EmulatorBuilder settings) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(settings.bindAddress(), settings.port()), 128);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + settings.bindAddress().getHostAddress() + ":"
                    + settings.port() + " (" + e.getMessage() + "); choose another --port", e);
        }
        try {
            return assemble(settings, server);
        } catch (RuntimeException e) {
            server.stop(0);
            throw e;
        }
    }

    private static VismaEmulator assemble(EmulatorBuilder settings, HttpServer server) {
        URI base = URI.create("http://" + settings.host() + ":" + server.getAddress().getPort());
        Issuer issuer = new Issuer(base.toString());
        EmulatorClock clock = new EmulatorClock(settings.clock());
        Tunables tunables = settings.tunables();
        Counters counters = new Counters();
        FaultInjector faults = new FaultInjector();
        Client playgroundClient = Playground.client(base);
        List<Client> clients = new ArrayList<>(settings.clients());
        if (settings.playground()) {
            clients.add(playgroundClient);
        }
        Directory directory = new Directory(clients, settings.users());
        SigningKeys keys = new SigningKeys(issuer, clock);
        GrantStore grants = new GrantStore(clock, tunables, counters);
        AccessTokens accessTokens = new AccessTokens(issuer, keys, grants, clock);
        SignInSessions sessions = new SignInSessions(clock);
        EmulatorControl control = new EmulatorControl(counters, faults, tunables, clock, directory, grants, sessions, keys);

        Router router = new Router(base, counters, faults);
        new IdentityServer(issuer, base, directory, grants, keys, accessTokens,
                new IdTokens(issuer, keys, clock, tunables), sessions, counters, clock).registerOn(router);
        new EAccountingApi(directory, accessTokens, tunables, counters, clock).registerOn(router);
        if (settings.playground()) {
            new Playground(base, issuer, playgroundClient, keys).registerOn(router);
        }
        if (settings.admin()) {
            router.route(Endpoint.ADMIN, ProblemRenderer.OAUTH, new AdminEndpoint(control));
        }
        server.createContext("/", router);
        ExecutorService executor = Executors.newFixedThreadPool(settings.threads(), daemonThreads());
        server.setExecutor(executor);
        server.start();
        return new VismaEmulator(server, executor, base, control);
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "visma-emulator-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** {@code http://localhost:PORT}: the issuer, and the base of every endpoint. */
    public URI baseUri() {
        return baseUri;
    }

    public String issuer() {
        return baseUri.toString();
    }

    public int port() {
        return baseUri.getPort();
    }

    public URI uri(Endpoint endpoint) {
        return baseUri.resolve(endpoint.path());
    }

    public URI discoveryUri() {
        return uri(Endpoint.DISCOVERY);
    }

    public URI authorizationEndpoint() {
        return uri(Endpoint.AUTHORIZE);
    }

    public URI tokenEndpoint() {
        return uri(Endpoint.TOKEN);
    }

    public URI jwksUri() {
        return uri(Endpoint.JWKS);
    }

    /** {@code http://localhost:PORT/v2/}, the eAccounting API's base URL. */
    public URI apiBaseUri() {
        return baseUri.resolve("/v2/");
    }

    public EmulatorControl control() {
        return control;
    }

    /** Stops at once: open connections are closed. */
    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public void close() {
        stop();
    }
}

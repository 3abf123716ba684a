package io.github.vismaidentity.emulator;

import io.github.vismaidentity.emulator.control.Tunables;
import io.github.vismaidentity.emulator.directory.Client;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.directory.User;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Settings of a {@link VismaEmulator}, with Visma's defaults: port 0 (a free one), the seeded
 * {@code demo-client} and users, access tokens for 1 hour, codes for 5 minutes, refresh tokens for
 * 2 years, 600 API requests per minute per client and endpoint.
 */
public final class EmulatorBuilder {

    private int port;
    private String host = "localhost";
    private InetAddress bindAddress = InetAddress.getLoopbackAddress();
    private List<Client> clients = List.of(Seed.client());
    private List<User> users = Seed.users();
    private Duration accessTokenLifetime = Duration.ofHours(1);
    private Duration refreshTokenLifetime = Duration.ofDays(730);
    private Duration codeLifetime = Duration.ofMinutes(5);
    private Duration idTokenLifetime = Duration.ofMinutes(5);
    private int rateLimitPerMinute = 600;
    private boolean revokeFamilyOnReuse;
    private boolean admin = true;
    private boolean playground = true;
    private int threads = 32;
    private Clock clock = Clock.systemUTC();

    EmulatorBuilder() {
    }

    /** The port to listen on; 0 (the default) picks a free one. */
    public EmulatorBuilder port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port must be 0 to 65535, not " + port);
        }
        this.port = port;
        return this;
    }

    /** The host name in the emulator's URLs and issuer (default {@code localhost}). */
    public EmulatorBuilder host(String host) {
        this.host = Objects.requireNonNull(host, "host");
        return this;
    }

    /** The address to listen on (default the loopback address). */
    public EmulatorBuilder bindAddress(InetAddress address) {
        this.bindAddress = Objects.requireNonNull(address, "address");
        return this;
    }

    /** The registered clients, replacing {@code demo-client}. */
    public EmulatorBuilder clients(List<Client> clients) {
        this.clients = List.copyOf(clients);
        return this;
    }

    public EmulatorBuilder clients(Client... clients) {
        return clients(List.of(clients));
    }

    /** The users, replacing the seeded {@code demo} and {@code solo}. */
    public EmulatorBuilder users(List<User> users) {
        this.users = List.copyOf(users);
        return this;
    }

    public EmulatorBuilder accessTokenLifetime(Duration lifetime) {
        this.accessTokenLifetime = Tunables.positive(lifetime, "Access token lifetime");
        return this;
    }

    public EmulatorBuilder refreshTokenLifetime(Duration lifetime) {
        this.refreshTokenLifetime = Tunables.positive(lifetime, "Refresh token lifetime");
        return this;
    }

    public EmulatorBuilder codeLifetime(Duration lifetime) {
        this.codeLifetime = Tunables.positive(lifetime, "Authorization code lifetime");
        return this;
    }

    public EmulatorBuilder idTokenLifetime(Duration lifetime) {
        this.idTokenLifetime = Tunables.positive(lifetime, "ID token lifetime");
        return this;
    }

    /** API requests allowed per minute per client and endpoint (Visma: 600). */
    public EmulatorBuilder rateLimitPerMinute(int limit) {
        this.rateLimitPerMinute = Tunables.validRateLimit(limit);
        return this;
    }

    /** Reusing a refresh token also revokes every token of its sign-in (off by default). */
    public EmulatorBuilder revokeFamilyOnReuse(boolean revoke) {
        this.revokeFamilyOnReuse = revoke;
        return this;
    }

    /** Serve the {@code /_emulator/} control API (on by default). */
    public EmulatorBuilder admin(boolean enabled) {
        this.admin = enabled;
        return this;
    }

    /** Serve the home page and its built-in playground client (on by default). */
    public EmulatorBuilder playground(boolean enabled) {
        this.playground = enabled;
        return this;
    }

    /** Request-handling threads (default 32). */
    public EmulatorBuilder threads(int threads) {
        if (threads < 2) {
            throw new IllegalArgumentException("The emulator needs at least 2 threads, not " + threads);
        }
        this.threads = threads;
        return this;
    }

    /** The base clock; {@link EmulatorControl#advanceClock} moves the emulator's time past it. */
    public EmulatorBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** Binds, starts, and returns the running emulator; a bad setting fails here with what to fix. */
    public VismaEmulator start() {
        return VismaEmulator.start(this);
    }

    int port() {
        return port;
    }

    String host() {
        return host;
    }

    InetAddress bindAddress() {
        return bindAddress;
    }

    List<Client> clients() {
        return clients;
    }

    List<User> users() {
        return users;
    }

    boolean admin() {
        return admin;
    }

    boolean playground() {
        return playground;
    }

    int threads() {
        return threads;
    }

    Clock clock() {
        return clock;
    }

    Tunables tunables() {
        return new Tunables(accessTokenLifetime, refreshTokenLifetime, codeLifetime, idTokenLifetime,
                rateLimitPerMinute, revokeFamilyOnReuse);
    }
}

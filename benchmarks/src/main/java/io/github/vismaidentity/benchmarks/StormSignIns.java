package io.github.vismaidentity.benchmarks;

import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.directory.User;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.SignIn;
import io.github.vismaidentity.protocol.AuthorizationRedirect;
import io.github.vismaidentity.protocol.CallbackValidator;
import io.github.vismaidentity.protocol.CompanyLookup;
import io.github.vismaidentity.protocol.Discovery;
import io.github.vismaidentity.protocol.IdTokenVerifiers;
import io.github.vismaidentity.protocol.SignInOptions;
import io.github.vismaidentity.protocol.SignedIn;
import io.github.vismaidentity.protocol.TokenEndpointClient;
import io.github.vismaidentity.store.TokenSetKey;
import io.github.vismaidentity.store.TokenSetStore;
import io.github.vismaidentity.protocol.VismaHttp;

import java.net.CookieManager;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real sign-ins of the storm's users, through the extension's own sign-in path (authorize redirect with
 * PKCE, Visma's login page walked by a browserless client, code redemption, ID token and company lookup),
 * so every stored token set holds a refresh token the emulator really issued.
 */
public final class StormSignIns {

    /** Every storm user's password. */
    public static final String PASSWORD = "storm";

    private final VismaEmulator emulator;
    private final AuthorizationRedirect redirects;
    private final Discovery discovery;
    private final CallbackValidator callbacks;

    public StormSignIns(VismaEmulator emulator, VismaIdentitySettings settings, Clock clock) {
        this.emulator = emulator;
        VismaHttp http = new VismaHttp(settings);
        discovery = new Discovery(settings, http);
        redirects = new AuthorizationRedirect(settings, clock);
        // ID tokens on the emulator's time: the client clock moves only to expire access tokens.
        // Used states in memory: these sign-ins are set-up for the storm, not what it measures.
        Set<String> usedStates = ConcurrentHashMap.newKeySet();
        callbacks = new CallbackValidator(settings, discovery, new IdTokenVerifiers(settings, discovery, http, Clock.systemUTC()),
                new TokenEndpointClient(settings, http, clock), new CompanyLookup(settings, http),
                (state, until) -> usedStates.add(state.getValue()), clock);
    }

    /**
     * One user per token set, each with one company: a token set is keyed by (client, user, company), so
     * {@code count} distinct sets need {@code count} distinct users or companies, and one company each keeps
     * the emulator's picker out of the way.
     */
    public static List<User> users(int count) {
        List<User> users = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            users.add(User.of(username(i), PASSWORD, "Storm User " + i, List.of(Company.named(company(i), "SE", 1))));
        }
        return users;
    }

    /** A new sign-in of user {@code i}: a new token family at the emulator, with its own refresh token. */
    SignedIn signIn(int i) {
        return signIn(i, new Browserless());
    }

    /**
     * The same through {@code browser}, whose cookies are cleared first: the emulator's sign-in cookie would
     * otherwise sign the next user in as this one. One browser per thread keeps thousands of sign-ins from
     * leaving thousands of HTTP clients and their connections behind.
     */
    public SignedIn signIn(int i, Browserless browser) {
        return signIn(username(i), PASSWORD, company(i), browser);
    }

    /** A sign-in of any emulated user to one of its companies, by the company's name, through {@code browser}. */
    public SignedIn signIn(String username, String password, String companyName, Browserless browser) {
        browser.http().cookieHandler().map(CookieManager.class::cast)
                .ifPresent(cookies -> cookies.getCookieStore().removeAll());
        AuthorizationRedirect.Start start = redirects.start(discovery.endpoints(), Seed.REDIRECT_URI, "/",
                SignInOptions.standard());
        URI callback = SignIn.follow(emulator, browser, start.location(), username, password, companyName);
        return callbacks.complete(callback, Optional.of(start.pending()));
    }

    /** {@link #signIn} user {@code i} and store the token set as the extension's callback would. */
    TokenSetKey signInAndStore(int i, TokenSetStore store, Browserless browser) {
        return store(signIn(i, browser), store);
    }

    /** Stores a sign-in's token set as the extension's callback would, and gives its key. */
    public static TokenSetKey store(SignedIn signedIn, TokenSetStore store) {
        TokenSetKey key = new TokenSetKey(Seed.CLIENT_ID, signedIn.claims().getSubject().getValue(),
                signedIn.company().id());
        store.save(key, signedIn.company().name(), signedIn.tokens().accessToken(),
                signedIn.tokens().refreshToken(), signedIn.tokens().accessExpiresAt(),
                signedIn.tokens().scope().toString());
        return key;
    }

    /** User {@code i}'s name; its one company is {@link #company(int)}. */
    public static String username(int i) {
        return "storm-" + i;
    }

    /** The name of user {@code i}'s one company. */
    public static String company(int i) {
        return "Storm Company " + i;
    }
}

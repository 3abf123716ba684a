package io.github.vismaidentity.support;

import io.github.vismaidentity.VismaCallerPrincipal;
import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.SignIn;
import io.github.vismaidentity.mechanism.SignInCompletion;
import io.github.vismaidentity.mechanism.TokenSetSaver;
import io.github.vismaidentity.protocol.AuthorizationRedirect;
import io.github.vismaidentity.protocol.CallbackValidator;
import io.github.vismaidentity.protocol.CompanyLookup;
import io.github.vismaidentity.protocol.Discovery;
import io.github.vismaidentity.protocol.IdTokenVerifiers;
import io.github.vismaidentity.protocol.SignInOptions;
import io.github.vismaidentity.protocol.SignedIn;
import io.github.vismaidentity.protocol.TokenEndpointClient;
import io.github.vismaidentity.protocol.UsedStates;
import io.github.vismaidentity.protocol.VismaHttp;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The extension's sign-in graph wired as the CDI extension wires it, minus the container, against an
 * embedded emulator, with a browserless user walking Visma's pages.
 */
public final class SignInHarness {

    public final VismaEmulator emulator;
    public final Browserless browser;
    public final MutableClock clock;
    public final VismaIdentitySettings settings;
    public final Discovery discovery;
    public final AuthorizationRedirect redirects;
    public final IdTokenVerifiers verifiers;
    public final CallbackValidator validator;
    public final List<SignedIn> saved = new CopyOnWriteArrayList<>();
    public final SignInCompletion completion;

    public SignInHarness(VismaEmulator emulator, Browserless browser, VismaIdentitySettings settings) {
        this(emulator, browser, settings, null);
    }

    public SignInHarness(VismaEmulator emulator, Browserless browser, VismaIdentitySettings settings,
                         TokenSetSaver store) {
        this(emulator, browser, settings, store, new MutableClock());
    }

    /** With the node's clock given: {@link MutableClock#ticking()} for a test that sets it against the emulator's. */
    public SignInHarness(VismaEmulator emulator, Browserless browser, VismaIdentitySettings settings,
                         TokenSetSaver store, MutableClock clock) {
        this(emulator, browser, settings, store, inMemory(), clock);
    }

    /** A harness that records used states where the given {@link UsedStates} does, a database for instance. */
    public SignInHarness(VismaEmulator emulator, Browserless browser, VismaIdentitySettings settings,
                         TokenSetSaver store, UsedStates usedStates) {
        this(emulator, browser, settings, store, usedStates, new MutableClock());
    }

    private SignInHarness(VismaEmulator emulator, Browserless browser, VismaIdentitySettings settings,
                          TokenSetSaver store, UsedStates usedStates, MutableClock clock) {
        this.clock = clock;
        this.emulator = emulator;
        this.browser = browser;
        this.settings = settings;
        VismaHttp http = new VismaHttp(settings);
        this.discovery = new Discovery(settings, http);
        this.redirects = new AuthorizationRedirect(settings, clock);
        this.verifiers = new IdTokenVerifiers(settings, discovery, http, clock);
        this.validator = new CallbackValidator(settings, discovery, verifiers, new TokenEndpointClient(settings, http, clock),
                new CompanyLookup(settings, http), usedStates, clock);
        TokenSetSaver recording = signedIn -> {
            if (store != null) {
                store.save(signedIn);
            }
            saved.add(signedIn);
        };
        this.completion = new SignInCompletion(validator, recording, settings.callerNameClaim());
    }

    /** Used states kept in this JVM only, for tests that do not store tokens. */
    public static UsedStates inMemory() {
        Set<String> used = ConcurrentHashMap.newKeySet();
        return (state, until) -> used.add(state.getValue());
    }

    /** Starts a sign-in the way the mechanism does. */
    public AuthorizationRedirect.Start start(SignInOptions options) {
        return redirects.start(discovery.endpoints(), Seed.REDIRECT_URI, "/app/page?x=1", options);
    }

    /** The callback Visma sends after the user signs in and picks the company. */
    public URI callback(AuthorizationRedirect.Start start, String user, String company) {
        return SignIn.follow(emulator, browser, start.location(), user, user, company);
    }

    /** A whole sign-in: start, Visma's pages, callback, completion. */
    public VismaCallerPrincipal signIn(String user, String company, SignInOptions options) {
        AuthorizationRedirect.Start start = start(options);
        return completion.complete(callback(start, user, company), Optional.of(start.pending()));
    }
}

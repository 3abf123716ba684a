package io.github.vismaidentity.eaccounting.support;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaConnection;
import io.github.vismaidentity.VismaReauthenticationRequiredException;
import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.directory.User;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.SignIn;
import io.github.vismaidentity.emulator.support.TokenCalls;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link VismaTokens} of a test: one user really signed in at the emulator the test started (login form,
 * company picker, code redeemed with PKCE), its tokens kept in memory. {@link #forCompany} and {@link #forUser}
 * hand out the current access token with the scope Visma granted; {@link #replaceRejected} spends the refresh
 * token at the emulator's token endpoint, as the extension does after a 401.
 *
 * <pre>{@code
 * EmulatorTokens tokens = EmulatorTokens.signIn(emulator, browser);               // demo in Demo AB, SignIn.SCOPE
 * EmulatorTokens noSales = EmulatorTokens.signIn(emulator, browser, "openid offline_access ea:api");
 * }</pre>
 */
public final class EmulatorTokens implements VismaTokens {

    /** The seeded user {@code demo}; signs in to its default company, Demo AB. */
    public static final User DEMO = Seed.users().get(0);
    /** Demo AB, the company {@link #signIn(VismaEmulator, Browserless)} connects. */
    public static final Company DEMO_AB = DEMO.defaultCompany();

    private final TokenCalls calls;
    private final String subject;
    private final Company company;
    private final AtomicInteger refreshes = new AtomicInteger();
    private Map<String, Object> current;

    private EmulatorTokens(TokenCalls calls, String subject, Company company, Map<String, Object> tokens) {
        this.calls = calls;
        this.subject = subject;
        this.company = company;
        this.current = tokens;
    }

    /** {@code demo} signed in to Demo AB with {@link SignIn#SCOPE} ({@code ea:api ea:sales}, offline access). */
    public static EmulatorTokens signIn(VismaEmulator emulator, Browserless browser) {
        return signIn(emulator, browser, SignIn.SCOPE);
    }

    /** {@code demo} signed in to Demo AB asking for {@code scope}. */
    public static EmulatorTokens signIn(VismaEmulator emulator, Browserless browser, String scope) {
        return signIn(emulator, browser, scope, DEMO, DEMO_AB);
    }

    /** {@code user} (one the emulator was started with) signed in to {@code company} asking for {@code scope}. */
    public static EmulatorTokens signIn(VismaEmulator emulator, Browserless browser, String scope, User user,
            Company company) {
        TokenCalls calls = new TokenCalls(emulator, browser);
        SignIn signIn = new SignIn(emulator, browser).with("scope", scope);
        String code = signIn.complete(user.username(), user.password(), company.name()).get("code");
        Map<String, Object> tokens = TokenCalls.tokens(calls.redeem(code, signIn.verifier().getValue()));
        return new EmulatorTokens(calls, user.subject(), company, tokens);
    }

    /** The signed-in user's {@code sub}. */
    public String subject() {
        return subject;
    }

    /** The connected company's id. */
    public String companyId() {
        return company.id();
    }

    /** The connected company. */
    public Company company() {
        return company;
    }

    /** How many times {@link #replaceRejected} spent the refresh token. */
    public int refreshes() {
        return refreshes.get();
    }

    @Override
    public synchronized VismaAccessToken forCompany(String companyId) {
        if (!company.id().equals(companyId)) {
            throw notConnected(companyId);
        }
        return token();
    }

    @Override
    public VismaAccessToken forUser(String subject, String companyId) {
        if (!this.subject.equals(subject)) {
            throw notConnected(companyId);
        }
        return forCompany(companyId);
    }

    /** Spends the refresh token (unless another caller already replaced {@code rejected}). */
    @Override
    public synchronized VismaAccessToken replaceRejected(VismaAccessToken rejected) {
        if (!rejected.value().equals(current.get("access_token"))) {
            return token();
        }
        refreshes.incrementAndGet();
        HttpResponse<String> answer = calls.refresh((String) current.get("refresh_token"));
        if (answer.statusCode() != 200) {
            throw new VismaReauthenticationRequiredException("VISMAID4010", "The emulator refused the refresh token "
                    + "(HTTP " + answer.statusCode() + "): sign in again", subject, company.id());
        }
        current = TokenCalls.json(answer);
        return token();
    }

    @Override
    public List<VismaConnection> connections() {
        return List.of(new VismaConnection(subject, company.id(), company.name(), VismaConnection.Status.ACTIVE,
                Instant.now()));
    }

    /** Forgets nothing: the test's emulator is stopped after the test anyway. */
    @Override
    public boolean disconnect(String subject, String companyId) {
        return false;
    }

    private VismaAccessToken token() {
        long expiresIn = ((Number) current.get("expires_in")).longValue();
        return new VismaAccessToken((String) current.get("access_token"), Instant.now().plusSeconds(expiresIn),
                subject, company.id(), company.name(), (String) current.get("scope"));
    }

    private VismaReauthenticationRequiredException notConnected(String companyId) {
        return new VismaReauthenticationRequiredException("VISMAID4011", "No connection of this test's user to company "
                + companyId, subject, companyId);
    }
}

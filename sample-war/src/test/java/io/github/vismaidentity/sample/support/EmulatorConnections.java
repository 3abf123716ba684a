package io.github.vismaidentity.sample.support;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaConnection;
import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.SignIn;
import io.github.vismaidentity.emulator.support.TokenCalls;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The token service of an app whose users signed in at the test's emulator: one real sign-in per company (a browser
 * of its own, so that each gets the picker), its access token with the scope Visma granted, as the extension would
 * hand it out. No refresh: the tests end long before the tokens expire.
 */
public final class EmulatorConnections implements VismaTokens {

    private final VismaEmulator emulator;
    private final Map<String, VismaAccessToken> byCompany = new LinkedHashMap<>();
    private final List<VismaConnection> connections = new ArrayList<>();

    public EmulatorConnections(VismaEmulator emulator) {
        this.emulator = emulator;
    }

    /** Signs {@code username} (password the same) in to {@code company}, asking for {@code scope}. */
    public EmulatorConnections signIn(String username, Company company, String scope) {
        Browserless browser = new Browserless();
        SignIn signIn = new SignIn(emulator, browser).with("scope", scope);
        String code = signIn.complete(username, username, company.name()).get("code");
        Map<String, Object> tokens = TokenCalls.tokens(new TokenCalls(emulator, browser)
                .redeem(code, signIn.verifier().getValue()));
        // The scope granted, as the extension stores it; the one asked for when the answer names none (RFC 6749 5.1).
        String granted = tokens.get("scope") instanceof String answered ? answered : scope;
        VismaAccessToken token = new VismaAccessToken((String) tokens.get("access_token"), Instant.now().plusSeconds(600),
                username, company.id(), company.name(), granted);
        byCompany.put(company.id(), token);
        connections.add(new VismaConnection(username, company.id(), company.name(), VismaConnection.Status.ACTIVE,
                Instant.now()));
        return this;
    }

    @Override
    public VismaAccessToken forCompany(String companyId) {
        VismaAccessToken token = byCompany.get(companyId);
        if (token == null) {
            throw new IllegalArgumentException("No sign-in to company " + companyId + " in this test");
        }
        return token;
    }

    @Override
    public VismaAccessToken forUser(String subject, String companyId) {
        return forCompany(companyId);
    }

    @Override
    public VismaAccessToken replaceRejected(VismaAccessToken rejected) {
        return rejected;
    }

    @Override
    public List<VismaConnection> connections() {
        return List.copyOf(connections);
    }

    @Override
    public boolean disconnect(String subject, String companyId) {
        return false;
    }
}

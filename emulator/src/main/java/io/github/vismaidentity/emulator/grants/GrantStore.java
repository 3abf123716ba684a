package io.github.vismaidentity.emulator.grants;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.Nonce;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Counters;
import io.github.vismaidentity.emulator.control.Tunables;
import io.github.vismaidentity.emulator.directory.Client;
import io.github.vismaidentity.emulator.http.HttpProblem;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every code, refresh token and access token the emulator issued, and the rules for redeeming them:
 * codes and refresh tokens work once, are bound to their client, and expire; redeeming a code twice
 * revokes what it gave (RFC 6749 section 4.1.2).
 */
public final class GrantStore {

    private static final int PRUNE_EVERY = 4096;

    private final Clock clock;
    private final Tunables tunables;
    private final Counters counters;
    private final Map<String, IssuedCode> codes = new ConcurrentHashMap<>();
    private final Map<String, IssuedRefreshToken> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, IssuedAccessToken> accessTokens = new ConcurrentHashMap<>();
    private final AtomicLong issued = new AtomicLong();
    private final SecretLedger ledger = new SecretLedger();

    public GrantStore(Clock clock, Tunables tunables, Counters counters) {
        this.clock = clock;
        this.tunables = tunables;
        this.counters = counters;
    }

    /** A new single-use code for the grant; returns its value. */
    public String issueCode(Grant grant, String redirectUri, CodeChallenge challenge, Nonce nonce) {
        String value = new AuthorizationCode().getValue();
        Instant expiresAt = clock.instant().plus(tunables.codeLifetime());
        codes.put(value, new IssuedCode(value, grant, redirectUri, challenge, nonce, expiresAt, new AtomicBoolean()));
        ledger.record(value);
        afterIssue();
        return value;
    }

    /**
     * Spends the code and returns its grant and nonce. The first attempt by the right client spends
     * it, valid or not; a second attempt revokes everything the code gave.
     */
    public RedeemedCode redeemCode(String value, Client client, String redirectUri, CodeVerifier verifier)
            throws HttpProblem {
        IssuedCode code = codes.get(value);
        if (code == null || !code.grant().client().id().equals(client.id())) {
            throw invalidGrant("Unknown authorization code, or one issued to another client");
        }
        if (!code.used().compareAndSet(false, true)) {
            counters.increment(Counter.AUTHORIZATION_CODE_REUSES);
            code.grant().revoke();
            throw invalidGrant("Authorization code already used; the tokens it gave are now revoked");
        }
        if (!clock.instant().isBefore(code.expiresAt())) {
            throw invalidGrant("Authorization code expired");
        }
        if (code.grant().revoked()) {
            throw invalidGrant("Authorization code revoked; the user must sign in again");
        }
        if (!code.redirectUri().equals(redirectUri)) {
            throw invalidGrant("redirect_uri differs from the one in the authorization request");
        }
        checkPkce(code.challenge(), verifier);
        return new RedeemedCode(code.grant(), code.nonce());
    }

    /** The grant and nonce behind a redeemed code. */
    public record RedeemedCode(Grant grant, Nonce nonce) {
    }

    private static void checkPkce(CodeChallenge challenge, CodeVerifier verifier) throws HttpProblem {
        if (challenge == null) {
            if (verifier != null) {
                throw invalidGrant("code_verifier sent, but the authorization request had no code_challenge");
            }
            return;
        }
        if (verifier == null) {
            throw invalidGrant("Missing code_verifier: the authorization request sent a code_challenge (RFC 7636)");
        }
        if (!CodeChallenge.compute(CodeChallengeMethod.S256, verifier).equals(challenge)) {
            throw invalidGrant("code_verifier does not match the code_challenge (PKCE, RFC 7636 section 4.6)");
        }
    }

    public String issueRefreshToken(Grant grant) {
        String value = new RefreshToken().getValue();
        Instant expiresAt = clock.instant().plus(tunables.refreshTokenLifetime());
        refreshTokens.put(value, new IssuedRefreshToken(value, grant, expiresAt, new AtomicBoolean()));
        ledger.record(value);
        afterIssue();
        return value;
    }

    /**
     * Spends the refresh token and returns its grant; a second use is {@code invalid_grant}. A
     * {@code requested} scope (may be {@code null}) may narrow the grant's, never widen it; a
     * request refused for its scope leaves the token unspent.
     */
    public Grant redeemRefreshToken(String value, Client client, Scope requested) throws HttpProblem {
        IssuedRefreshToken token = refreshTokens.get(value);
        if (token == null || !token.grant().client().id().equals(client.id())) {
            throw invalidGrant("Unknown refresh token, or one issued to another client");
        }
        if (token.grant().revoked()) {
            throw invalidGrant("Refresh token revoked; the user must sign in again");
        }
        if (requested != null && !token.grant().scope().containsAll(requested)) {
            throw new HttpProblem(400, "invalid_scope", "A refresh cannot add scopes the user did not grant");
        }
        if (!token.used().compareAndSet(false, true)) {
            counters.increment(Counter.REFRESH_TOKEN_REUSES);
            if (tunables.revokeFamilyOnReuse()) {
                token.grant().revoke();
            }
            throw invalidGrant("Refresh token already used; a refresh token works once,"
                    + " so store the new one from every token response");
        }
        if (!clock.instant().isBefore(token.expiresAt())) {
            throw invalidGrant("Refresh token expired; the user must sign in again");
        }
        return token.grant();
    }

    /** Notes a signed token (access or ID token) the token endpoint is about to send; returns it. */
    public String handingOut(String signedToken) {
        ledger.record(signedToken);
        return signedToken;
    }

    public SecretLedger ledger() {
        return ledger;
    }

    public IssuedAccessToken issueAccessToken(Grant grant, Scope scope) {
        Instant now = clock.instant();
        IssuedAccessToken token = new IssuedAccessToken(UUID.randomUUID().toString(), grant, scope, now,
                now.plus(tunables.accessTokenLifetime()));
        accessTokens.put(token.jti(), token);
        afterIssue();
        return token;
    }

    /** The access token with this {@code jti} while it is neither expired nor revoked. */
    public Optional<IssuedAccessToken> activeAccessToken(String jti) {
        return Optional.ofNullable(jti).map(accessTokens::get)
                .filter(token -> !token.grant().revoked())
                .filter(token -> clock.instant().isBefore(token.expiresAt()));
    }

    /** Revokes every grant of the user, as a password change does; returns how many were active. */
    public int revokeUser(String subject) {
        return (int) allGrants()
                .filter(grant -> grant.user().subject().equals(subject))
                .filter(grant -> !grant.revoked())
                .peek(Grant::revoke)
                .count();
    }

    /** RFC 7009: revokes the grant behind this refresh token, if the client owns it. */
    public void revokeRefreshToken(String value, Client client) {
        Optional.ofNullable(refreshTokens.get(value)).map(IssuedRefreshToken::grant)
                .filter(grant -> grant.client().id().equals(client.id()))
                .ifPresent(Grant::revoke);
    }

    /** RFC 7009: revokes the access token with this {@code jti} (only it), if the client owns it. */
    public void revokeAccessToken(String jti, Client client) {
        accessTokens.computeIfPresent(jti, (key, token) ->
                token.grant().client().id().equals(client.id()) ? null : token);
    }

    private java.util.stream.Stream<Grant> allGrants() {
        return java.util.stream.Stream.of(
                        codes.values().stream().map(IssuedCode::grant),
                        refreshTokens.values().stream().map(IssuedRefreshToken::grant),
                        accessTokens.values().stream().map(IssuedAccessToken::grant))
                .flatMap(stream -> stream)
                .distinct();
    }

    private void afterIssue() {
        if (issued.incrementAndGet() % PRUNE_EVERY == 0) {
            Instant now = clock.instant();
            codes.values().removeIf(code -> code.expiresAt().isBefore(now));
            accessTokens.values().removeIf(token -> token.expiresAt().isBefore(now));
            refreshTokens.values().removeIf(token -> token.expiresAt().isBefore(now));
        }
    }

    private static HttpProblem invalidGrant(String description) {
        return new HttpProblem(400, "invalid_grant", description);
    }
}

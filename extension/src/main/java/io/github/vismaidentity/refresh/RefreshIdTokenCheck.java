package io.github.vismaidentity.refresh;

import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.protocol.Discovery;
import io.github.vismaidentity.protocol.GrantedTokens;
import io.github.vismaidentity.protocol.IdTokenVerifier;
import io.github.vismaidentity.protocol.SignInFailure;
import io.github.vismaidentity.store.TokenSetKey;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The ID token a refresh may bring (OpenID Connect Core §12.2): validated like a sign-in's, and its
 * {@code sub} must be the token set's user. A token for another issuer or user means the answer is not
 * for this set [refresh-token-invalid-issuer, refresh-token-invalid-sub].
 */
public final class RefreshIdTokenCheck {

    private final VismaIdentitySettings settings;
    private final Discovery discovery;
    private final AtomicReference<IdTokenVerifier> verifier = new AtomicReference<>();

    public RefreshIdTokenCheck(VismaIdentitySettings settings, Discovery discovery) {
        this.settings = settings;
        this.discovery = discovery;
    }

    /** Why the refresh's ID token is not acceptable for this set; empty when it is, or when there is none. */
    Optional<String> problem(GrantedTokens granted, TokenSetKey key) {
        if (granted.idToken().isEmpty()) {
            return Optional.empty();
        }
        IDTokenClaimsSet claims;
        try {
            claims = verifier().verify(granted.idToken().get(), null);
        } catch (SignInFailure failure) {
            return Optional.of("The refresh's ID token was refused: " + failure.getMessage());
        }
        if (!key.subject().equals(claims.getSubject().getValue())) {
            return Optional.of("The refresh's ID token names another user than the token set's.");
        }
        return Optional.empty();
    }

    private IdTokenVerifier verifier() {
        IdTokenVerifier known = verifier.get();
        if (known == null) {
            verifier.compareAndSet(null, new IdTokenVerifier(settings, discovery.endpoints().jwksUri()));
            known = verifier.get();
        }
        return known;
    }
}

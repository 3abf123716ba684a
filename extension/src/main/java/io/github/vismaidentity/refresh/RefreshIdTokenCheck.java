package io.github.vismaidentity.refresh;

import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import io.github.vismaidentity.protocol.GrantedTokens;
import io.github.vismaidentity.protocol.IdTokenVerifiers;
import io.github.vismaidentity.protocol.SignInFailure;
import io.github.vismaidentity.store.TokenSetKey;

import java.util.Optional;

/**
 * The ID token a refresh may bring (OpenID Connect Core §12.2): validated like a sign-in's, and its
 * {@code sub} must be the token set's user. A token for another issuer or user means the answer is not
 * for this set [refresh-token-invalid-issuer, refresh-token-invalid-sub].
 */
public final class RefreshIdTokenCheck {

    private final IdTokenVerifiers verifiers;

    public RefreshIdTokenCheck(IdTokenVerifiers verifiers) {
        this.verifiers = verifiers;
    }

    /** Why the refresh's ID token is not acceptable for this set; empty when it is, or when there is none. */
    Optional<String> problem(GrantedTokens granted, TokenSetKey key) {
        if (granted.idToken().isEmpty()) {
            return Optional.empty();
        }
        IDTokenClaimsSet claims;
        try {
            claims = verifiers.get().verify(granted.idToken().get(), null);
        } catch (SignInFailure failure) {
            return Optional.of("The refresh's ID token was refused: " + failure.getMessage());
        }
        if (!key.subject().equals(claims.getSubject().getValue())) {
            return Optional.of("The refresh's ID token names another user than the token set's.");
        }
        return Optional.empty();
    }
}

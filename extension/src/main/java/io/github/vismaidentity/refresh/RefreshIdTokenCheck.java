package io.github.vismaidentity.refresh;

import com.nimbusds.jwt.JWTClaimsSet;
import io.github.vismaidentity.protocol.GrantedTokens;
import io.github.vismaidentity.protocol.IdTokenVerifiers;
import io.github.vismaidentity.protocol.SignInFailure;
import io.github.vismaidentity.store.TokenSetKey;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * The ID token a refresh may bring (OpenID Connect Core §12.2): its signature and whom it is from and for
 * ({@code iss}, {@code aud}, {@code azp}) checked like a sign-in's, and its {@code sub} must be the token set's
 * user. A token for another issuer, client or user means the answer is not for this set
 * [refresh-token-invalid-issuer, refresh-token-invalid-sub].
 *
 * <p>By the time this runs, Visma has rotated the refresh token: refusing the answer costs the user a new
 * sign-in. So what does not make the answer foreign keeps the rotated tokens, with a warning:
 * <ul>
 *   <li>its time ({@code exp} behind or {@code iat} ahead of this server's clock beyond the clock skew), which
 *       says only that Visma's clock and this server's differ;</li>
 *   <li>its signature, when it alone cannot be checked because Visma's keys cannot be fetched (JWKS
 *       unreachable, or a new signing key within the JWKS cool-down): the claims are still checked, and the
 *       answer came straight from the token endpoint over the connection the client authenticated on, which
 *       OpenID Connect Core §3.1.3.7 (6) accepts in place of the signature. A bad signature is still refused.</li>
 * </ul>
 */
public final class RefreshIdTokenCheck {

    /** Logged when a refresh's ID token was accepted without its signature checked. */
    public static final String SIGNATURE_UNCHECKED = "VISMAID4006";

    /** Logged when a refresh's ID token was right but for its time, and the rotated tokens were kept. */
    public static final String TIME_OFF = "VISMAID4011";

    private static final Logger LOG = Logger.getLogger(RefreshIdTokenCheck.class.getName());

    private final IdTokenVerifiers verifiers;

    public RefreshIdTokenCheck(IdTokenVerifiers verifiers) {
        this.verifiers = verifiers;
    }

    /** Why the refresh's ID token is not acceptable for this set; empty when it is, or when there is none. */
    Optional<String> problem(GrantedTokens granted, TokenSetKey key) {
        if (granted.idToken().isEmpty()) {
            return Optional.empty();
        }
        JWTClaimsSet claims;
        SignInFailure signatureUnchecked = null;
        try {
            claims = verifiers.get().verifyOrigin(granted.idToken().get(), null);
        } catch (SignInFailure failure) {
            if (!failure.isTransient()) {
                return Optional.of("The refresh's ID token was refused: " + failure.getMessage());
            }
            try {
                claims = verifiers.verifyOriginClaimsOnly(granted.idToken().get());
            } catch (SignInFailure refused) {
                return Optional.of("The refresh's ID token was refused: " + refused.getMessage());
            }
            signatureUnchecked = failure;
        }
        if (!key.subject().equals(claims.getSubject())) {
            return Optional.of("The refresh's ID token names another user than the token set's.");
        }
        if (signatureUnchecked != null) {
            String why = signatureUnchecked.getMessage();
            LOG.warning(() -> SIGNATURE_UNCHECKED + ": the signature of the ID token refreshing " + key + " could not "
                    + "be checked (" + why + "); its claims are right and it came straight from Visma's token "
                    + "endpoint, so the rotated tokens are kept.");
        }
        verifiers.timeProblem(claims).ifPresent(why -> LOG.warning(() -> TIME_OFF + ": the ID token refreshing "
                + key + " is right but for its time: " + why + ". Its issuer, audience and user are right, so the "
                + "rotated tokens are kept."));
        return Optional.empty();
    }
}

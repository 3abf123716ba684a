package io.github.vismaidentity.protocol;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.util.DateUtils;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.validators.BadJWTExceptions;
import io.github.vismaidentity.VismaIdentityDefinition;
import io.github.vismaidentity.config.VismaIdentitySettings;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The claims checks of OpenID Connect Core 1.0 §3.1.3.7 on an ID token whose signature was checked (or, in a
 * refresh, stood in for), in two parts that a refresh must keep apart (§12.2): whom the token is from and for
 * ({@code iss}, {@code aud}, {@code azp}, {@code sub}, {@code nonce}; items 2 to 5 and 11), which alone justify
 * refusing tokens Visma has already rotated, and when ({@code exp}, {@code iat}; items 9 and 10), which only
 * says that Visma's clock and this server's differ. Time is read from the injected clock, not the system's
 * (Nimbus' {@code IDTokenClaimsVerifier} reads the system's and does not compare {@code azp}).
 */
final class IdTokenClaimsCheck {

    private final String issuer;
    private final String clientId;
    private final Duration skew;
    private final Clock clock;

    IdTokenClaimsCheck(VismaIdentitySettings settings, Clock clock) {
        this.issuer = settings.issuer().getValue();
        this.clientId = settings.clientId().getValue();
        this.skew = settings.clockSkew();
        this.clock = clock;
    }

    /**
     * Whom the token is from and for; {@code exp} and {@code iat} must be there, whatever they say.
     *
     * @param expectedNonce the sign-in's, or null for a refresh, whose ID token has none
     * @throws BadJWTException naming the failed check before a colon, the offending value (if any) after it
     */
    void origin(JWTClaimsSet claims, Nonce expectedNonce) throws BadJWTException {
        if (claims.getIssuer() == null) {
            throw BadJWTExceptions.MISSING_ISS_CLAIM_EXCEPTION;
        }
        if (!issuer.equals(claims.getIssuer())) {
            throw new BadJWTException("Unexpected JWT issuer: " + claims.getIssuer());
        }
        if (claims.getSubject() == null) {
            throw BadJWTExceptions.MISSING_SUB_CLAIM_EXCEPTION;
        }
        authorizedParty(claims);
        if (claims.getExpirationTime() == null) {
            throw BadJWTExceptions.MISSING_EXP_CLAIM_EXCEPTION;
        }
        if (claims.getIssueTime() == null) {
            throw BadJWTExceptions.MISSING_IAT_CLAIM_EXCEPTION;
        }
        if (expectedNonce != null) {
            Object nonce = claims.getClaim("nonce");
            if (nonce == null) {
                throw BadJWTExceptions.MISSING_NONCE_CLAIM_EXCEPTION;
            }
            if (!expectedNonce.getValue().equals(nonce)) {
                throw new BadJWTException("Unexpected JWT nonce (nonce) claim: " + nonce);
            }
        }
    }

    /**
     * §3.1.3.7 (3 to 5): this client among the audiences; with several audiences, {@code azp} must say the
     * token was issued to this client, and an {@code azp} present must name it.
     */
    private void authorizedParty(JWTClaimsSet claims) throws BadJWTException {
        List<String> audience = claims.getAudience();
        if (audience.isEmpty()) {
            throw BadJWTExceptions.MISSING_AUD_CLAIM_EXCEPTION;
        }
        if (!audience.contains(clientId)) {
            throw new BadJWTException("Unexpected JWT audience: " + audience);
        }
        String azp;
        try {
            azp = claims.getStringClaim("azp");
        } catch (ParseException e) {
            throw new BadJWTException("Invalid JWT authorized party (azp) claim: not a string", e);
        }
        if (azp == null && audience.size() > 1) {
            throw new BadJWTException("Missing JWT authorized party (azp) claim, required with several audiences: "
                    + audience);
        }
        if (azp != null && !azp.equals(clientId)) {
            throw new BadJWTException("Unexpected JWT authorized party (azp) claim: " + azp);
        }
    }

    /**
     * When the token was issued ({@code iat}) and until when it holds ({@code exp}), against this server's
     * clock and the skew; only after {@link #origin}, which makes sure both are there.
     *
     * @return what is off, in words for a log line or a page (no claim but the two times); empty when nothing is
     */
    Optional<String> timeProblem(Date expires, Date issued) {
        Date now = Date.from(clock.instant());
        if (!DateUtils.isAfter(expires, now, skew.toSeconds())) {
            return Optional.of("it expired " + secondsBetween(expires, now) + " s before this server's clock says it is");
        }
        if (!DateUtils.isBefore(issued, now, skew.toSeconds())) {
            return Optional.of("it was issued " + secondsBetween(now, issued) + " s ahead of this server's clock");
        }
        return Optional.empty();
    }

    /** The sentence that says what to do about a {@link #timeProblem}. */
    String clockAdvice() {
        return "Visma's clock and this server's differ by more than " + VismaIdentityDefinition.CLOCK_SKEW + " ("
                + skew + ") allows: set this server's clock right (NTP); the setting tolerates at most PT5M";
    }

    private static long secondsBetween(Date earlier, Date later) {
        return Duration.between(Instant.ofEpochMilli(earlier.getTime()), Instant.ofEpochMilli(later.getTime()))
                .toSeconds();
    }
}

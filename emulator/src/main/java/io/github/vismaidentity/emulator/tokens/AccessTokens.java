package io.github.vismaidentity.emulator.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.Issuer;
import io.github.vismaidentity.emulator.grants.GrantStore;
import io.github.vismaidentity.emulator.grants.IssuedAccessToken;
import io.github.vismaidentity.emulator.keys.SigningKeys;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;

/**
 * Access tokens as RS256 JWTs in IdentityServer's shape ({@code typ at+jwt}, {@code client_id},
 * {@code scope} as an array, {@code jti}), and their validation for the API and userinfo endpoints.
 */
public final class AccessTokens {

    private final Issuer issuer;
    private final SigningKeys keys;
    private final GrantStore grants;
    private final Clock clock;

    public AccessTokens(Issuer issuer, SigningKeys keys, GrantStore grants, Clock clock) {
        this.issuer = issuer;
        this.keys = keys;
        this.grants = grants;
        this.clock = clock;
    }

    /** The audience of every access token: the API resources of the identity server. */
    public String audience() {
        return issuer.getValue() + "/resources";
    }

    /** Signs the access token with the current key. */
    public String sign(IssuedAccessToken token) {
        RSAKey key = keys.current();
        Date now = Date.from(clock.instant());
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer.getValue())
                .audience(audience())
                .subject(token.grant().user().subject())
                .issueTime(now)
                .notBeforeTime(now)
                .expirationTime(Date.from(token.expiresAt()))
                .jwtID(token.jti())
                .claim("client_id", token.grant().client().id())
                .claim("auth_time", token.grant().authTime().getEpochSecond())
                .claim("idp", "local")
                .claim("scope", token.scope().toStringList())
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID()).type(new JOSEObjectType("at+jwt")).build();
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
    }

    /**
     * The issued token behind a Bearer value, when its signature verifies against a published key
     * and it is neither expired nor revoked.
     */
    public Optional<IssuedAccessToken> validate(String bearer) {
        try {
            SignedJWT jwt = SignedJWT.parse(bearer);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
                return Optional.empty();
            }
            Optional<RSAKey> key = keys.rsaKey(jwt.getHeader().getKeyID());
            if (key.isEmpty() || !jwt.verify(new RSASSAVerifier(key.get()))) {
                return Optional.empty();
            }
            return grants.activeAccessToken(jwt.getJWTClaimsSet().getJWTID());
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }
}

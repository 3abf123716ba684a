package io.github.vismaidentity.emulator.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.impl.HMAC;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import io.github.vismaidentity.emulator.control.IdTokenDefect;
import io.github.vismaidentity.emulator.control.Tunables;
import io.github.vismaidentity.emulator.grants.Grant;
import io.github.vismaidentity.emulator.keys.SigningKeys;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;

/**
 * ID tokens (OpenID Connect Core 1.0 section 2): RS256 with the current key's {@code kid}, claims
 * {@code iss}, {@code aud}, {@code sub}, {@code iat}, {@code exp}, {@code auth_time} and the
 * request's {@code nonce}. No claim names the company. While an {@link IdTokenDefect} is in use,
 * every ID token carries it.
 */
public final class IdTokens {

    private final Issuer issuer;
    private final SigningKeys keys;
    private final Clock clock;
    private final Tunables tunables;
    private RSAKey unpublishedKey;

    public IdTokens(Issuer issuer, SigningKeys keys, Clock clock, Tunables tunables) {
        this.issuer = issuer;
        this.keys = keys;
        this.clock = clock;
        this.tunables = tunables;
    }

    /** An ID token for the grant; {@code nonce} is {@code null} on refresh. */
    public String mint(Grant grant, Nonce nonce) {
        IdTokenDefect defect = tunables.idTokenDefect().orElse(null);
        try {
            return sign(claims(grant, nonce, defect).build(), grant, defect);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an ID token", e);
        }
    }

    private JWTClaimsSet.Builder claims(Grant grant, Nonce nonce, IdTokenDefect defect) {
        Instant now = clock.instant();
        Instant issued = defect == IdTokenDefect.EXPIRED ? now.minus(Duration.ofHours(2)) : now;
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(defect == IdTokenDefect.WRONG_ISSUER ? "https://attacker.example" : issuer.getValue())
                .subject(grant.user().subject())
                .issueTime(Date.from(issued))
                .notBeforeTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(tunables.idTokenLifetime())))
                .claim("auth_time", grant.authTime().getEpochSecond())
                .claim("idp", "local")
                .claim("amr", List.of("pwd"));
        String clientId = grant.client().id();
        if (defect == IdTokenDefect.AUDIENCE_AS_ARRAY) {
            claims.audience(List.of(clientId));
        } else if (defect == IdTokenDefect.EXTRA_AUDIENCE || defect == IdTokenDefect.EXTRA_AUDIENCE_AUTHORIZED) {
            claims.audience(List.of(clientId, "another-client"));
        } else if (defect != IdTokenDefect.MISSING_AUDIENCE) {
            claims.audience(defect == IdTokenDefect.WRONG_AUDIENCE ? "another-client" : clientId);
        }
        if (defect == IdTokenDefect.WRONG_AUTHORIZED_PARTY) {
            claims.claim("azp", "another-client");
        } else if (defect == IdTokenDefect.EXTRA_AUDIENCE_AUTHORIZED) {
            claims.claim("azp", clientId);
        }
        if (nonce != null && defect != IdTokenDefect.MISSING_NONCE) {
            claims.claim("nonce", defect == IdTokenDefect.WRONG_NONCE ? new Nonce().getValue() : nonce.getValue());
        }
        if (defect == IdTokenDefect.EXPIRED) {
            claims.expirationTime(Date.from(now.minus(Duration.ofHours(1))));
        }
        if (defect == IdTokenDefect.MISSING_SUBJECT) {
            claims.subject(null);
        } else if (defect == IdTokenDefect.WRONG_SUBJECT) {
            claims.subject(UUID.randomUUID().toString());
        } else if (defect == IdTokenDefect.MISSING_ISSUED_AT) {
            claims.issueTime(null);
        } else if (defect == IdTokenDefect.MISSING_EXPIRY) {
            claims.expirationTime(null);
        }
        return claims;
    }

    private String sign(JWTClaimsSet claims, Grant grant, IdTokenDefect defect) throws JOSEException {
        RSAKey key = keys.current();
        if (defect == null) {
            return rs256(claims, key, key.getKeyID());
        }
        return switch (defect) {
            case ALG_NONE -> new PlainJWT(claims).serialize();
            case HS256_CLIENT_SECRET -> hs256(claims, grant.client().secret());
            case ES256 -> es256(claims);
            case UNKNOWN_KID -> rs256(claims, unpublishedKey(), "unknown-" + UUID.randomUUID());
            case NO_KID -> rs256(claims, key, null);
            case TAMPERED_SIGNATURE -> tamper(rs256(claims, key, key.getKeyID()));
            case AUDIENCE_AS_ARRAY -> rs256WithAudienceArray(claims, key);
            default -> rs256(claims, key, key.getKeyID());
        };
    }

    private static String rs256(JWTClaimsSet claims, RSAKey key, String kid) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    /** Nimbus writes a one-element {@code aud} as a plain string, so the array goes into the payload by hand. */
    private static String rs256WithAudienceArray(JWTClaimsSet claims, RSAKey key) throws JOSEException {
        Map<String, Object> json = new LinkedHashMap<>(claims.toJSONObject());
        json.put("aud", claims.getAudience());
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new Payload(json));
        jws.sign(new RSASSASigner(key));
        return jws.serialize();
    }

    private String es256(JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(keys.ecKey().getKeyID()).build(), claims);
        jwt.sign(new ECDSASigner(keys.ecKey()));
        return jwt.serialize();
    }

    /**
     * HS256 keyed with the client secret as OpenID Connect Core section 10.1 would. Nimbus'
     * MACSigner refuses secrets shorter than 256 bits (as it should), so the MAC is computed with
     * its HMAC primitive and the JWS assembled from Nimbus' own parts.
     */
    private static String hs256(JWTClaimsSet claims, String secret) throws JOSEException {
        Base64URL header = new JWSHeader(JWSAlgorithm.HS256).toBase64URL();
        Base64URL payload = claims.toPayload().toBase64URL();
        byte[] signingInput = (header + "." + payload).getBytes(StandardCharsets.US_ASCII);
        byte[] mac = HMAC.compute(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"),
                signingInput, null);
        try {
            return new SignedJWT(header, payload, Base64URL.encode(mac)).serialize();
        } catch (java.text.ParseException e) {
            throw new JOSEException("Cannot assemble the HS256 token", e);
        }
    }

    private static String tamper(String jws) {
        String[] parts = jws.split("\\.");
        byte[] signature = new Base64URL(parts[2]).decode();
        signature[signature.length / 2] ^= 0x01;
        return parts[0] + "." + parts[1] + "." + Base64URL.encode(signature);
    }

    private synchronized RSAKey unpublishedKey() {
        if (unpublishedKey == null) {
            unpublishedKey = SigningKeys.newUnpublishedRsaKey();
        }
        return unpublishedKey;
    }
}

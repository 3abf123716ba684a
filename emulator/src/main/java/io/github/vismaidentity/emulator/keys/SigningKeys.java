package io.github.vismaidentity.emulator.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.X509CertUtils;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.util.X509CertificateUtils;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The RSA keys that sign access and ID tokens, each published in the JWKS with its {@code kid} and
 * a self-signed certificate ({@code x5c}, {@code x5t#S256}), as Visma publishes its signing
 * certificate. After a rotation the previous key stays published, so tokens it signed still verify.
 * The first key is made in the background (RSA key generation dominates the emulator's start-up);
 * the first request that needs it waits for it.
 */
public final class SigningKeys {

    private static final Duration CERTIFICATE_VALIDITY = Duration.ofDays(365);

    private final Issuer issuer;
    private final Clock clock;
    private final CompletableFuture<RSAKey> first;
    /** Newest first, the current and the previous key; empty until the first rotation. One field, so a reader never sees half a rotation. */
    private volatile List<RSAKey> rotated = List.of();
    private volatile ECKey ecKey;
    private volatile boolean ecKeyPublished;

    public SigningKeys(Issuer issuer, Clock clock) {
        this.issuer = issuer;
        this.clock = clock;
        this.first = CompletableFuture.supplyAsync(this::generate);
    }

    /** The key that signs new tokens. */
    public RSAKey current() {
        return publishedRsaKeys().get(0);
    }

    /** Makes a new key the signing key, keeps the current one published, drops the one before; returns the new {@code kid}. */
    public synchronized String rotate() {
        RSAKey next = generate();
        rotated = List.of(next, current());
        return next.getKeyID();
    }

    /**
     * The P-256 key of the ES256 defect: a client must refuse ES256 ID tokens even when the JWKS
     * publishes the key, so it is published while {@link #publishEcKey(boolean)} says so.
     */
    public synchronized ECKey ecKey() {
        if (ecKey == null) {
            try {
                ecKey = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                        .keyIDFromThumbprint(true).generate();
            } catch (JOSEException e) {
                throw new IllegalStateException("Cannot create an EC key", e);
            }
        }
        return ecKey;
    }

    public void publishEcKey(boolean publish) {
        if (publish) {
            ecKey();
        }
        ecKeyPublished = publish;
    }

    /** The public keys a client verifies tokens with: what {@code /.well-known/openid-configuration/jwks} serves. */
    public JWKSet publicJwks() {
        List<JWK> keys = new ArrayList<>();
        publishedRsaKeys().forEach(key -> keys.add(key.toPublicJWK()));
        if (ecKeyPublished) {
            keys.add(ecKey().toPublicJWK());
        }
        return new JWKSet(keys);
    }

    /** The published RSA key with this {@code kid}. */
    public Optional<RSAKey> rsaKey(String kid) {
        return publishedRsaKeys().stream().filter(key -> key.getKeyID().equals(kid)).findFirst();
    }

    /** The current key, then the previous one if a rotation happened. */
    public List<RSAKey> publishedRsaKeys() {
        List<RSAKey> keys = rotated;
        return keys.isEmpty() ? List.of(first.join()) : keys;
    }

    private RSAKey generate() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
            Instant now = clock.instant();
            X509Certificate certificate = X509CertificateUtils.generateSelfSigned(issuer,
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(CERTIFICATE_VALIDITY)),
                    key.toPublicKey(), key.toPrivateKey());
            return new RSAKey.Builder(key)
                    .keyIDFromThumbprint()
                    .x509CertChain(List.of(Base64.encode(certificate.getEncoded())))
                    .x509CertSHA256Thumbprint(X509CertUtils.computeSHA256Thumbprint(certificate))
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create a signing key and certificate", e);
        }
    }

    /** A fresh RSA key that is never published. */
    public static RSAKey newUnpublishedRsaKey() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot create an RSA key", e);
        }
    }
}

package io.github.vismaidentity.emulator.tokens;

import static io.github.vismaidentity.emulator.support.TokenCalls.json;
import static io.github.vismaidentity.emulator.support.TokenCalls.tokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.Algorithm;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenClaimsVerifier;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.control.IdTokenDefect;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.SignIn;
import io.github.vismaidentity.emulator.support.TokenCalls;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every {@link IdTokenDefect} is really in the ID token the emulator hands out, and a strict
 * validator (Nimbus' {@link IDTokenValidator}, RS256, JWKS fetched over HTTP) rejects each real
 * defect and accepts the two that are not defects.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileIdTokensTest {

    private static final String CLIENT_ID = "demo-client";
    private static final String CLIENT_SECRET = "demo-secret";

    private VismaEmulator emulator;

    /** What one sign-in (or refresh) returned, with the nonce its authorization request sent. */
    private record Issued(String idToken, String accessToken, String refreshToken, Nonce nonce) {
    }

    @BeforeAll
    void start() {
        emulator = VismaEmulator.builder().start();
    }

    @AfterEach
    void clearDefect() {
        emulator.control().clearIdTokenDefect();
    }

    @AfterAll
    void stop() {
        emulator.stop();
    }

    @ParameterizedTest
    @EnumSource(IdTokenDefect.class)
    void theIdTokenOfACodeGrantCarriesTheDefect(IdTokenDefect defect) throws Exception {
        emulator.control().useIdTokenDefect(defect);

        Issued issued = signIn();

        assertCarries(defect, issued);
    }

    @ParameterizedTest
    @EnumSource(value = IdTokenDefect.class, mode = EnumSource.Mode.EXCLUDE, names = {"MISSING_NONCE", "WRONG_NONCE"})
    void theIdTokenOfARefreshGrantCarriesTheDefectToo(IdTokenDefect defect) throws Exception {
        Issued signedIn = signIn();
        emulator.control().useIdTokenDefect(defect);

        Map<String, Object> refreshed = tokens(calls().refresh(signedIn.refreshToken()));

        assertCarries(defect, new Issued((String) refreshed.get("id_token"), (String) refreshed.get("access_token"),
                (String) refreshed.get("refresh_token"), null));
    }

    @Test
    void aRefreshWithTheWrongSubjectDefectNamesAnotherUserThanTheSignIn() throws Exception {
        Issued signedIn = signIn();
        String subject = validate(signedIn.idToken(), signedIn.nonce()).getSubject().getValue();
        emulator.control().useIdTokenDefect(IdTokenDefect.WRONG_SUBJECT);

        String refreshedIdToken = (String) tokens(calls().refresh(signedIn.refreshToken())).get("id_token");
        IDTokenClaimsSet refreshed = validate(refreshedIdToken, null);

        assertThat(refreshed.getSubject().getValue()).as("only a client comparing with the sign-in's sub notices")
                .isNotBlank().isNotEqualTo(subject);
        assertThat(refreshed.getIssuer().getValue()).isEqualTo(emulator.issuer());
    }

    @ParameterizedTest
    @EnumSource(IdTokenDefect.class)
    void afterClearingTheDefectIdTokensAreValidAgain(IdTokenDefect defect) throws Exception {
        emulator.control().useIdTokenDefect(defect);
        Issued defective = signIn();
        emulator.control().clearIdTokenDefect();

        Issued fresh = signIn();
        String refreshedIdToken = (String) tokens(calls().refresh(defective.refreshToken())).get("id_token");

        for (String idToken : List.of(fresh.idToken(), refreshedIdToken)) {
            SignedJWT jwt = SignedJWT.parse(idToken);
            assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
            assertThat(jwt.getHeader().getKeyID()).isEqualTo(emulator.control().currentKeyId());
            assertThat(jwt.getPayload().toJSONObject().get("aud")).as("aud as a plain string").isEqualTo(CLIENT_ID);
        }
        assertThat(validate(fresh.idToken(), fresh.nonce()).getSubject().getValue())
                .isEqualTo(userInfoSubject(fresh.accessToken()));
        assertThat(validate(refreshedIdToken, null).getSubject().getValue())
                .isEqualTo(userInfoSubject(fresh.accessToken()));
        assertThat(publishedJwks().getKeys()).as("no EC key left over").hasSize(1).allMatch(RSAKey.class::isInstance);
    }

    /**
     * Proves the defect is in the token (and, where it matters, that nothing else is wrong with it),
     * then that the validator's verdict is the expected one. The switch has no default: a new
     * {@link IdTokenDefect} without a case here does not compile.
     */
    private void assertCarries(IdTokenDefect defect, Issued issued) throws Exception {
        String idToken = issued.idToken();
        JWT jwt = JWTParser.parse(idToken);
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        boolean validatorAccepts = switch (defect) {
            case WRONG_ISSUER -> {
                assertThat(claims.getIssuer()).isNotBlank().isNotEqualTo(emulator.issuer());
                assertSignedWithThePublishedKey(jwt);
                yield false;
            }
            case WRONG_AUDIENCE -> {
                assertThat(claims.getAudience()).isNotEmpty().doesNotContain(CLIENT_ID);
                assertSignedWithThePublishedKey(jwt);
                yield false;
            }
            case MISSING_AUDIENCE -> {
                assertThat(claims.getClaims()).doesNotContainKey("aud");
                assertSignedWithThePublishedKey(jwt);
                yield false;
            }
            case EXPIRED -> {
                Date beyondSkew = Date.from(emulator.control().now().minus(Duration.ofMinutes(5)));
                assertThat(claims.getExpirationTime()).isBefore(beyondSkew);
                assertSignedWithThePublishedKey(jwt);
                yield false;
            }
            case MISSING_EXPIRY -> {
                assertThat(claims.getClaims()).doesNotContainKey("exp");
                assertSignedWithThePublishedKey(jwt);
                yield false;
            }
            case MISSING_NONCE -> {
                assertThat(issued.nonce()).as("the request sent a nonce").isNotNull();
                assertThat(claims.getClaims()).doesNotContainKey("nonce");
                assertSignedWithThePublishedKey(jwt);
                yield false;
            }
            case WRONG_NONCE -> {
                assertThat(claims.getStringClaim("nonce")).isNotBlank().isNotEqualTo(issued.nonce().getValue());
                assertSignedWithThePublishedKey(jwt);
                yield false;
            }
            case MISSING_SUBJECT -> {
                assertThat(claims.getClaims()).doesNotContainKey("sub");
                assertSignedWithThePublishedKey(jwt);
                yield false;
            }
            case WRONG_SUBJECT -> {
                assertThat(claims.getSubject()).isNotBlank().isNotEqualTo(userInfoSubject(issued.accessToken()));
                assertSignedWithThePublishedKey(jwt);
                yield true; // well-formed: only a comparison with the signed-in user's sub reveals it
            }
            case MISSING_ISSUED_AT -> {
                assertThat(claims.getClaims()).doesNotContainKey("iat");
                assertSignedWithThePublishedKey(jwt);
                yield false;
            }
            case ALG_NONE -> {
                assertThat(jwt).isInstanceOf(PlainJWT.class);
                assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(Algorithm.NONE);
                assertThat(idToken).endsWith(".");
                assertClaimsOtherwiseValid(claims, issued.nonce());
                yield false;
            }
            case HS256_CLIENT_SECRET -> {
                SignedJWT signed = (SignedJWT) jwt;
                assertThat(signed.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
                assertThat(MessageDigest.isEqual(hmacSha256(CLIENT_SECRET, signed.getSigningInput()),
                        signed.getSignature().decode())).as("MAC keyed with the client secret").isTrue();
                assertClaimsOtherwiseValid(claims, issued.nonce());
                yield false;
            }
            case ES256 -> {
                SignedJWT signed = (SignedJWT) jwt;
                assertThat(signed.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
                JWK key = publishedJwks().getKeyByKeyId(signed.getHeader().getKeyID());
                assertThat(key).as("the EC key is published under the token's kid").isInstanceOf(ECKey.class);
                assertThat(signed.verify(new ECDSAVerifier((ECKey) key))).isTrue();
                assertClaimsOtherwiseValid(claims, issued.nonce());
                yield false;
            }
            case UNKNOWN_KID -> {
                SignedJWT signed = (SignedJWT) jwt;
                JWKSet jwks = publishedJwks();
                assertThat(signed.getHeader().getKeyID()).isNotBlank();
                assertThat(jwks.getKeyByKeyId(signed.getHeader().getKeyID())).isNull();
                for (JWK key : jwks.getKeys()) {
                    assertThat(signed.verify(new RSASSAVerifier((RSAKey) key))).as("signed by an unpublished key").isFalse();
                }
                assertClaimsOtherwiseValid(claims, issued.nonce());
                yield false;
            }
            case TAMPERED_SIGNATURE -> {
                SignedJWT signed = (SignedJWT) jwt;
                assertThat(signed.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
                assertThat(signed.getHeader().getKeyID()).isEqualTo(emulator.control().currentKeyId());
                assertThat(signed.verify(new RSASSAVerifier(publishedRsaKey(signed.getHeader().getKeyID())))).isFalse();
                assertClaimsOtherwiseValid(claims, issued.nonce());
                yield false;
            }
            case NO_KID -> {
                SignedJWT signed = (SignedJWT) jwt;
                assertThat(signed.getHeader().getKeyID()).isNull();
                assertThat(publishedJwks().getKeys()).hasSize(1);
                assertThat(signed.verify(new RSASSAVerifier(publishedRsaKey(emulator.control().currentKeyId())))).isTrue();
                yield true;
            }
            case EXTRA_AUDIENCE -> {
                assertThat(claims.getAudience()).contains(CLIENT_ID).hasSizeGreaterThan(1);
                assertThat(claims.getClaims()).doesNotContainKey("azp");
                assertSignedWithThePublishedKey(jwt);
                yield true; // Nimbus' validator does not ask for azp: the client must (OIDC Core 3.1.3.7 (4))
            }
            case WRONG_AUTHORIZED_PARTY -> {
                assertThat(claims.getAudience()).containsExactly(CLIENT_ID);
                assertThat(claims.getStringClaim("azp")).isNotBlank().isNotEqualTo(CLIENT_ID);
                assertSignedWithThePublishedKey(jwt);
                yield true; // Nimbus' validator does not compare azp: the client must (OIDC Core 3.1.3.7 (5))
            }
            case EXTRA_AUDIENCE_AUTHORIZED -> {
                assertThat(claims.getAudience()).contains(CLIENT_ID).hasSizeGreaterThan(1);
                assertThat(claims.getStringClaim("azp")).isEqualTo(CLIENT_ID);
                assertSignedWithThePublishedKey(jwt);
                yield true;
            }
            case AUDIENCE_AS_ARRAY -> {
                assertThat(((SignedJWT) jwt).getPayload().toJSONObject().get("aud")).isEqualTo(List.of(CLIENT_ID));
                assertSignedWithThePublishedKey(jwt);
                yield true;
            }
        };
        if (validatorAccepts) {
            assertThat(validate(idToken, issued.nonce())).as("a strict validator accepts " + defect).isNotNull();
        } else {
            assertThatThrownBy(() -> validate(idToken, issued.nonce())).as("a strict validator rejects " + defect)
                    .isInstanceOf(BadJOSEException.class);
        }
    }

    /** RS256 under the current key's kid, verified with the key the JWKS publishes. */
    private void assertSignedWithThePublishedKey(JWT jwt) throws Exception {
        assertThat(jwt).isInstanceOf(SignedJWT.class);
        SignedJWT signed = (SignedJWT) jwt;
        assertThat(signed.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(signed.getHeader().getKeyID()).isEqualTo(emulator.control().currentKeyId());
        assertThat(signed.verify(new RSASSAVerifier(publishedRsaKey(signed.getHeader().getKeyID())))).isTrue();
    }

    /** The claims pass OpenID Connect's checks, so the signature alone is what is wrong. */
    private void assertClaimsOtherwiseValid(JWTClaimsSet claims, Nonce nonce) throws Exception {
        new IDTokenClaimsVerifier(new Issuer(emulator.issuer()), new ClientID(CLIENT_ID), nonce, 60).verify(claims, null);
        assertThat(claims.getSubject()).isNotBlank();
    }

    private IDTokenClaimsSet validate(String idToken, Nonce nonce) throws Exception {
        return new IDTokenValidator(new Issuer(emulator.issuer()), new ClientID(CLIENT_ID), JWSAlgorithm.RS256,
                emulator.jwksUri().toURL()).validate(JWTParser.parse(idToken), nonce);
    }

    private JWKSet publishedJwks() throws Exception {
        return JWKSet.load(emulator.jwksUri().toURL());
    }

    private RSAKey publishedRsaKey(String kid) throws Exception {
        JWK key = publishedJwks().getKeyByKeyId(kid);
        assertThat(key).as("kid %s is published", kid).isInstanceOf(RSAKey.class);
        return (RSAKey) key;
    }

    private static byte[] hmacSha256(String secret, byte[] input) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return mac.doFinal(input);
    }

    /** The signed-in user's {@code sub} according to {@code /connect/userinfo}. */
    private String userInfoSubject(String accessToken) {
        var response = new Browserless().send(HttpRequest.newBuilder(emulator.baseUri().resolve("/connect/userinfo"))
                .header("Authorization", "Bearer " + accessToken).GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        return (String) json(response).get("sub");
    }

    private TokenCalls calls() {
        return new TokenCalls(emulator, new Browserless());
    }

    private Issued signIn() {
        Browserless browser = new Browserless();
        SignIn signIn = new SignIn(emulator, browser);
        Map<String, Object> tokens = tokens(new TokenCalls(emulator, browser).redeem(signIn.code(), signIn.verifier().getValue()));
        return new Issued((String) tokens.get("id_token"), (String) tokens.get("access_token"),
                (String) tokens.get("refresh_token"), new Nonce(signIn.param("nonce")));
    }
}

package io.github.vismaidentity.emulator.tokens;

import static io.github.vismaidentity.emulator.support.TokenCalls.json;
import static io.github.vismaidentity.emulator.support.TokenCalls.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.X509CertUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.util.X509CertificateUtils;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.control.IdTokenDefect;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.SignIn;
import io.github.vismaidentity.emulator.support.TokenCalls;
import java.net.URI;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiscoveryAndJwksTest {

    private static final Set<String> PRIVATE_RSA_MEMBERS = Set.of("d", "p", "q", "dp", "dq", "qi", "oth");

    private VismaEmulator emulator;

    @BeforeEach
    void start() {
        emulator = VismaEmulator.builder().start();
    }

    @AfterEach
    void stop() {
        emulator.stop();
    }

    @Test
    void discoveryDocumentDescribesTheIdentityServer() throws Exception {
        HttpResponse<String> response = new Browserless().get(emulator.discoveryUri());
        OIDCProviderMetadata metadata = OIDCProviderMetadata.parse(response.body());
        URI base = emulator.baseUri();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(metadata.getIssuer().getValue()).isEqualTo(emulator.issuer());
        assertThat(metadata.getAuthorizationEndpointURI()).isEqualTo(base.resolve("/connect/authorize"));
        assertThat(metadata.getTokenEndpointURI()).isEqualTo(base.resolve("/connect/token"));
        assertThat(metadata.getUserInfoEndpointURI()).isEqualTo(base.resolve("/connect/userinfo"));
        assertThat(metadata.getEndSessionEndpointURI()).isEqualTo(base.resolve("/connect/endsession"));
        assertThat(metadata.getRevocationEndpointURI()).isEqualTo(base.resolve("/connect/revocation"));
        assertThat(metadata.getJWKSetURI()).isEqualTo(base.resolve("/.well-known/openid-configuration/jwks"));
        assertThat(metadata.getResponseTypes()).containsExactly(ResponseType.CODE);
        assertThat(metadata.getGrantTypes()).containsExactlyInAnyOrder(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN);
        assertThat(metadata.getCodeChallengeMethods()).containsExactly(CodeChallengeMethod.S256);
        assertThat(metadata.getIDTokenJWSAlgs()).containsExactly(JWSAlgorithm.RS256);
        assertThat(metadata.getTokenEndpointAuthMethods()).containsExactlyInAnyOrder(
                ClientAuthenticationMethod.CLIENT_SECRET_BASIC, ClientAuthenticationMethod.CLIENT_SECRET_POST);
        assertThat(metadata.getScopes().toStringList()).contains("openid", "offline_access", "ea:api", "ea:sales",
                "ea:sales_readonly", "ea:purchase", "ea:purchase_readonly", "ea:accounting", "ea:accounting_readonly");
        assertThat(metadata.supportsAuthorizationResponseIssuerParam()).isTrue();
    }

    @Test
    void jwksPublishesOneRsaSigningKeyWithItsCertificate() throws Exception {
        JWKSet jwks = JWKSet.load(emulator.jwksUri().toURL());

        assertThat(jwks.getKeys()).hasSize(1);
        RSAKey key = (RSAKey) jwks.getKeys().get(0);
        assertThat(key.getKeyID()).isNotBlank().isEqualTo(emulator.control().currentKeyId());
        assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(key.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
        assertThat(key.getX509CertChain()).hasSize(1);
        X509Certificate certificate = X509CertUtils.parse(key.getX509CertChain().get(0).decode());
        assertThat(certificate).as("x5c parses as an X.509 certificate").isNotNull();
        certificate.checkValidity();
        assertThat(X509CertificateUtils.publicKeyMatches(certificate, key.toRSAPublicKey())).isTrue();
        assertThat(certificate.getPublicKey()).isEqualTo(key.toRSAPublicKey());
        assertThat(X509CertificateUtils.isSelfSigned(certificate)).isTrue();
        assertThat(key.getX509CertSHA256Thumbprint()).isEqualTo(X509CertUtils.computeSHA256Thumbprint(certificate));
    }

    @Test
    void jwksPublishesNoPrivateKeyParts() throws Exception {
        emulator.control().rotateSigningKey();
        emulator.control().useIdTokenDefect(IdTokenDefect.ES256);
        HttpResponse<String> response = new Browserless().get(emulator.jwksUri());

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> keys = (List<Map<String, Object>>) json(response).get("keys");
        assertThat(keys).hasSize(3);
        assertThat(keys).allSatisfy(key -> assertThat(key.keySet()).doesNotContainAnyElementsOf(PRIVATE_RSA_MEMBERS));
        assertThat(JWKSet.parse(response.body()).getKeys()).noneMatch(JWK::isPrivate);
    }

    @Test
    void idTokenOfARealSignInVerifiesWithTheJwksAndCarriesTheRequiredClaims() throws Exception {
        Browserless browser = new Browserless();
        SignIn signIn = new SignIn(emulator, browser);
        Map<String, Object> tokens = tokens(new TokenCalls(emulator, browser).redeem(signIn.code(), signIn.verifier().getValue()));

        IDTokenClaimsSet claims = validator(emulator).validate(JWTParser.parse((String) tokens.get("id_token")),
                new Nonce(signIn.param("nonce")));

        assertThat(claims.getIssuer().getValue()).isEqualTo(emulator.issuer());
        assertThat(claims.getAudience()).extracting(aud -> aud.getValue()).containsExactly("demo-client");
        String subject = claims.getSubject().getValue();
        assertThat(UUID.fromString(subject).toString()).as("sub is a GUID").isEqualTo(subject.toLowerCase());
        assertThat(claims.getIssueTime()).isNotNull();
        assertThat(claims.getExpirationTime()).isAfter(claims.getIssueTime());
        assertThat(claims.getAuthenticationTime()).isNotNull();
        assertThat(claims.getNonce()).isEqualTo(new Nonce(signIn.param("nonce")));
    }

    @Test
    void subjectIsTheSameForTheSameUserAcrossSignInsAndEmulatorInstances() throws Exception {
        String first = subjectOfASignIn(emulator);
        String second = subjectOfASignIn(emulator);
        String elsewhere;
        try (VismaEmulator other = VismaEmulator.builder().start()) {
            elsewhere = subjectOfASignIn(other);
        }

        assertThat(second).isEqualTo(first);
        assertThat(elsewhere).isEqualTo(first);
    }

    @Test
    void noIdTokenClaimNamesTheCompany() throws Exception {
        Browserless browser = new Browserless();
        TokenCalls calls = new TokenCalls(emulator, browser);
        SignIn signIn = new SignIn(emulator, browser);
        Map<String, Object> tokens = tokens(calls.redeem(signIn.code(), signIn.verifier().getValue()));
        Map<String, Object> settings = json(calls.api("companysettings", (String) tokens.get("access_token")));
        String companyId = (String) settings.get("CompanyIdentifier");
        String companyName = (String) settings.get("Name");

        JWTClaimsSet claims = JWTParser.parse((String) tokens.get("id_token")).getJWTClaimsSet();

        assertThat(companyId).isNotBlank();
        assertThat(companyName).isEqualTo("Demo AB");
        assertThat(claims.getClaims().keySet()).noneMatch(name -> name.toLowerCase().contains("company"));
        assertThat(claims.getClaims().values()).allSatisfy(value ->
                assertThat(String.valueOf(value)).doesNotContainIgnoringCase(companyId).doesNotContain(companyName));
    }

    @Test
    void accessTokenIsAnRs256JwtVerifiableWithThePublishedKey() throws Exception {
        Browserless browser = new Browserless();
        SignIn signIn = new SignIn(emulator, browser);
        String accessToken = (String) tokens(new TokenCalls(emulator, browser)
                .redeem(signIn.code(), signIn.verifier().getValue())).get("access_token");

        SignedJWT jwt = SignedJWT.parse(accessToken);
        RSAKey key = (RSAKey) JWKSet.load(emulator.jwksUri().toURL()).getKeyByKeyId(jwt.getHeader().getKeyID());

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getType()).isEqualTo(new JOSEObjectType("at+jwt"));
        assertThat(key).as("the access token's kid is in the JWKS").isNotNull();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getStringClaim("client_id")).isEqualTo("demo-client");
        assertThat(claims.getStringListClaim("scope")).contains("openid", "offline_access", "ea:api", "ea:sales");
        assertThat(claims.getIssuer()).isEqualTo(emulator.issuer());
    }

    @Test
    void keyRotationPublishesBothKeysSignsWithTheNewOneAndKeepsOldTokensWorking() throws Exception {
        Browserless browser = new Browserless();
        TokenCalls calls = new TokenCalls(emulator, browser);
        SignIn before = new SignIn(emulator, browser);
        String oldAccessToken = (String) tokens(calls.redeem(before.code(), before.verifier().getValue())).get("access_token");
        String firstKid = emulator.control().currentKeyId();

        String secondKid = emulator.control().rotateSigningKey();
        SignIn after = new SignIn(emulator, new Browserless());
        String newIdToken = (String) tokens(new TokenCalls(emulator, new Browserless())
                .redeem(after.code(), after.verifier().getValue())).get("id_token");

        assertThat(secondKid).isNotEqualTo(firstKid).isEqualTo(emulator.control().currentKeyId());
        assertThat(publishedKids()).containsExactlyInAnyOrder(firstKid, secondKid);
        assertThat(SignedJWT.parse(newIdToken).getHeader().getKeyID()).isEqualTo(secondKid);
        assertThat(validator(emulator).validate(JWTParser.parse(newIdToken), new Nonce(after.param("nonce")))).isNotNull();
        assertThat(calls.api("companysettings", oldAccessToken).statusCode())
                .as("a token signed before the rotation still works").isEqualTo(200);
    }

    @Test
    void aSecondRotationWithdrawsTheFirstKey() throws Exception {
        Browserless browser = new Browserless();
        TokenCalls calls = new TokenCalls(emulator, browser);
        SignIn signIn = new SignIn(emulator, browser);
        String oldAccessToken = (String) tokens(calls.redeem(signIn.code(), signIn.verifier().getValue())).get("access_token");
        String firstKid = emulator.control().currentKeyId();

        String secondKid = emulator.control().rotateSigningKey();
        String thirdKid = emulator.control().rotateSigningKey();

        assertThat(publishedKids()).containsExactlyInAnyOrder(secondKid, thirdKid).doesNotContain(firstKid);
        assertThat(calls.api("companysettings", oldAccessToken).statusCode())
                .as("a token signed with a withdrawn key no longer verifies").isEqualTo(401);
    }

    @Test
    void es256DefectPublishesAnEcKeyOnlyWhileInUse() throws Exception {
        emulator.control().useIdTokenDefect(IdTokenDefect.ES256);
        JWKSet during = JWKSet.load(emulator.jwksUri().toURL());
        emulator.control().clearIdTokenDefect();
        JWKSet after = JWKSet.load(emulator.jwksUri().toURL());

        List<JWK> ecKeys = during.getKeys().stream().filter(key -> KeyType.EC.equals(key.getKeyType())).toList();
        assertThat(ecKeys).hasSize(1);
        ECKey ecKey = (ECKey) ecKeys.get(0);
        assertThat(ecKey.getCurve()).isEqualTo(Curve.P_256);
        assertThat(ecKey.getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(ecKey.getKeyID()).isNotBlank();
        assertThat(during.getKeys()).hasSize(2);
        assertThat(after.getKeys()).hasSize(1).allMatch(key -> KeyType.RSA.equals(key.getKeyType()));
    }

    private Set<String> publishedKids() throws Exception {
        return JWKSet.load(emulator.jwksUri().toURL()).getKeys().stream().map(JWK::getKeyID).collect(Collectors.toSet());
    }

    private static IDTokenValidator validator(VismaEmulator emulator) throws Exception {
        return new IDTokenValidator(new Issuer(emulator.issuer()), new ClientID("demo-client"), JWSAlgorithm.RS256,
                emulator.jwksUri().toURL());
    }

    /** Signs {@code demo} in with a fresh browser and returns the validated ID token's {@code sub}. */
    private static String subjectOfASignIn(VismaEmulator emulator) throws Exception {
        Browserless browser = new Browserless();
        SignIn signIn = new SignIn(emulator, browser);
        String idToken = (String) tokens(new TokenCalls(emulator, browser)
                .redeem(signIn.code(), signIn.verifier().getValue())).get("id_token");
        return validator(emulator).validate(JWTParser.parse(idToken), new Nonce(signIn.param("nonce")))
                .getSubject().getValue();
    }
}

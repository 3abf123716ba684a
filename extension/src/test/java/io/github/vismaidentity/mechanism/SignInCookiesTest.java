package io.github.vismaidentity.mechanism;

import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import io.github.vismaidentity.protocol.PendingSignIn;
import org.junit.jupiter.api.Test;

import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The pending sign-in travels in the browser sealed: unreadable, unchangeable, bound to its state. */
class SignInCookiesTest {

    private final SignInCookies cookies = new SignInCookies(key());
    private final PendingSignIn pending = new PendingSignIn(new State(32), new Nonce(32), new CodeVerifier(),
            URI.create("http://localhost:8080/app/visma/callback"), "/app/page?x=1",
            Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS));

    @Test
    void aSealedSignInOpensToTheSameValues() {
        PendingSignIn opened = cookies.open(cookies.seal(pending), pending.state()).orElseThrow();

        assertThat(opened.state()).isEqualTo(pending.state());
        assertThat(opened.nonce()).isEqualTo(pending.nonce());
        assertThat(opened.verifier().getValue()).isEqualTo(pending.verifier().getValue());
        assertThat(opened.redirectUri()).isEqualTo(pending.redirectUri());
        assertThat(opened.returnTo()).isEqualTo(pending.returnTo());
        assertThat(opened.expiresAt()).isEqualTo(pending.expiresAt());
    }

    @Test
    void theCookieValueRevealsNeitherVerifierNorNonce() {
        String sealed = cookies.seal(pending);
        String decodedParts = new String(Base64.getUrlDecoder().decode(sealed.split("\\.")[0]));

        assertThat(sealed).doesNotContain(pending.verifier().getValue(), pending.nonce().getValue());
        assertThat(decodedParts).contains("\"dir\"", "A256GCM");
    }

    @Test
    void aTamperedCookieDoesNotOpen() {
        String sealed = cookies.seal(pending);
        int middle = sealed.lastIndexOf('.') - 5;
        char flipped = sealed.charAt(middle) == 'A' ? 'B' : 'A';
        String tampered = sealed.substring(0, middle) + flipped + sealed.substring(middle + 1);

        assertThat(cookies.open(tampered, pending.state())).isEmpty();
    }

    @Test
    void aCookieSealedWithAnotherKeyDoesNotOpen() {
        assertThat(new SignInCookies(key()).open(cookies.seal(pending), pending.state())).isEmpty();
    }

    @Test
    void aCookieOfAnotherSignInDoesNotOpenForThisState() {
        assertThat(cookies.open(cookies.seal(pending), new State(32))).isEmpty();
    }

    @Test
    void garbageDoesNotOpen() {
        assertThat(cookies.open("not.a.jwe.at.all", pending.state())).isEmpty();
        assertThat(cookies.open("", pending.state())).isEmpty();
    }

    @Test
    void eachSignInHasItsOwnCookieName() {
        assertThat(SignInCookies.name(new State(32))).startsWith(SignInCookies.PREFIX)
                .isNotEqualTo(SignInCookies.name(new State(32)));
    }

    private static SecretKeySpec key() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }
}

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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pending sign-in travels in the browser sealed: unreadable, unchangeable, bound to its state; a browser holds
 * at most three of them.
 */
class SignInCookiesTest {

    private final SignInCookies cookies = new SignInCookies(key());
    private final PendingSignIn pending = pending(new State(32));

    private static PendingSignIn pending(State state) {
        return new PendingSignIn(state, new Nonce(32), new CodeVerifier(),
                URI.create("http://localhost:8080/app/visma/callback"), "/app/page?x=1",
                Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS));
    }

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
    void signInsTakeTheSlotsRoundAndRoundSoABrowserHoldsAtMostThreeSignInCookies() {
        Set<String> names = new HashSet<>();
        String next = null;
        for (int i = 0; i < 30; i++) {
            int slot = SignInCookies.slot(next);
            names.add(SignInCookies.name(slot));
            next = SignInCookies.after(slot);
        }

        assertThat(names).containsExactlyInAnyOrder("VismaSignIn-0", "VismaSignIn-1", "VismaSignIn-2");
    }

    @Test
    void threeSignInCookiesWithTheLongestReturnPathStayUnderSixKilobytes() {
        String longest = "/app/" + "p".repeat(ReturnTo.MAX_LENGTH - 5);
        PendingSignIn withLongReturn = new PendingSignIn(new State(32), new Nonce(32), new CodeVerifier(),
                URI.create("https://an-application.example.com/app/visma/callback"),
                ReturnTo.sanitize(longest, "/app"), Instant.now().plus(10, ChronoUnit.MINUTES));

        assertThat(withLongReturn.returnTo()).isEqualTo(longest);
        assertThat(SignInCookies.SLOTS * (SignInCookies.name(0).length() + 1 + cookies.seal(withLongReturn).length()))
                .isLessThan(6 * 1024);
    }

    @Test
    void aMissingOrForgedNextSlotStartsAtTheFirst() {
        for (String next : new String[] {null, "", "3", "-1", "12", "x"}) {
            assertThat(SignInCookies.slot(next)).as(next).isZero();
        }
        assertThat(SignInCookies.slot("2")).isEqualTo(2);
    }

    @Test
    void theCallbackFindsItsSignInInAnySlotAndInTheNamesOfEarlierVersions() {
        PendingSignIn other = pending(new State(32));
        Map<String, String> jar = new LinkedHashMap<>();
        jar.put("JSESSIONID", "x");
        jar.put(SignInCookies.name(0), cookies.seal(other));
        jar.put(SignInCookies.name(1), "garbage");
        jar.put(SignInCookies.PREFIX + "Abcdefghijklmnop", cookies.seal(pending));

        assertThat(cookies.find(jar, pending.state())).hasValueSatisfying(found -> {
            assertThat(found.name()).isEqualTo(SignInCookies.PREFIX + "Abcdefghijklmnop");
            assertThat(found.pending().verifier().getValue()).isEqualTo(pending.verifier().getValue());
        });
        assertThat(cookies.find(jar, new State(32))).isEmpty();
    }

    private static SecretKeySpec key() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }
}

package io.github.vismaidentity.mechanism;

import io.github.vismaidentity.protocol.SignInFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14 item 11: only the application's own sign-out form signs the caller out. */
class SignOutGuardTest {

    private static final String TOKEN = SignOutTokens.newToken();
    private static final String PATH = "/app/visma/signout";

    @Test
    void aPostWithTheSessionsTokenFromTheSameOriginSignsOut() {
        assertThat(SignOutGuard.refusal("POST", "same-origin", TOKEN, TOKEN, PATH)).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"none", "SAME-ORIGIN"})
    void aBrowserThatSendsNoFetchMetadataOrSaysTheUserStartedItIsJudgedByTheTokenAlone(String fetchSite) {
        assertThat(SignOutGuard.refusal("POST", fetchSite, TOKEN, TOKEN, PATH)).isEmpty();
    }

    @Test
    void aGetIsRefusedWithTheExistingMessage() {
        assertThat(SignOutGuard.refusal("GET", null, TOKEN, TOKEN, PATH)).get()
                .satisfies(failure -> assertThat(failure.id()).isEqualTo("VISMAID2040"))
                .satisfies(failure -> assertThat(failure.status()).isEqualTo(400));
    }

    @ParameterizedTest
    @MethodSource("notTheToken")
    void aPostWithoutTheTokenOrWithAnotherIsRefusedWith403(String sent) {
        assertRefused(SignOutGuard.refusal("POST", "same-origin", TOKEN, sent, PATH), "VISMAID2090");
    }

    static Stream<String> notTheToken() {
        return Stream.of(null, "", "x", TOKEN + "x", TOKEN.substring(1), TOKEN.toUpperCase(Locale.ROOT));
    }

    @Test
    void aSessionThatWasNeverGivenATokenAcceptsNone() {
        assertRefused(SignOutGuard.refusal("POST", "same-origin", null, "", PATH), "VISMAID2090");
        assertRefused(SignOutGuard.refusal("POST", "same-origin", null, null, PATH), "VISMAID2090");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cross-site", "same-site", "Cross-Site"})
    void aFormOnAnotherSiteIsRefusedEvenWithTheRightToken(String fetchSite) {
        assertRefused(SignOutGuard.refusal("POST", fetchSite, TOKEN, TOKEN, PATH), "VISMAID2091");
    }

    @Test
    void tokensAreRandomAndUrlSafe() {
        String other = SignOutTokens.newToken();

        assertThat(other).isNotEqualTo(TOKEN).matches("[A-Za-z0-9_-]{43}");
    }

    private static void assertRefused(Optional<SignInFailure> refusal, String id) {
        assertThat(refusal).as("refused").isPresent();
        assertThat(refusal.get().id()).isEqualTo(id);
        assertThat(refusal.get().status()).isEqualTo(403);
        assertThat(refusal.get().getMessage()).startsWith(id + ": ").doesNotContain(TOKEN);
        assertThat(refusal.get().advice()).contains("still signed in");
    }
}

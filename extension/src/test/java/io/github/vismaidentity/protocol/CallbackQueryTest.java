package io.github.vismaidentity.protocol;

import com.nimbusds.oauth2.sdk.id.State;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Crafted callback queries are refused with a 400 and a message ID that says why, before anything reads them. */
class CallbackQueryTest {

    private static final String LONG = "x".repeat(5000);

    static Stream<Arguments> craftedQueries() {
        return Stream.of(
                Arguments.of("state=a%20b&code=x", "'state' has characters"),
                Arguments.of("state=a;b&code=x", "'state' has characters"),
                Arguments.of("state=a%0D%0Ab&code=x", "'state' has characters"),
                Arguments.of("state=%C3%A6&code=x", "'state' has characters"),
                Arguments.of("code=%zz&state=abc", "'code' is not percent-encoded"),
                Arguments.of("state=%E0%A4%A&code=x", "'state' is not percent-encoded"),
                Arguments.of("state=abc&code=x&iss=%zz", "'iss' is not percent-encoded"),
                Arguments.of("%zz=1&state=abc&code=x", "a parameter name is not percent-encoded"),
                Arguments.of("state=abc&state=abd&code=x", "'state' is given more than once"),
                Arguments.of("state=abc&code=x&code=y", "'code' is given more than once"),
                Arguments.of("state=abc&code=%00", "'code' has characters"),
                Arguments.of("state=abc&code=a%0Ab", "'code' has characters"),
                Arguments.of("code=x&state=" + LONG, "'state' is longer than 4096"),
                Arguments.of("state=abc&code=x&error_description=" + LONG, "'error_description' is longer than 4096"),
                Arguments.of("state=abc&code=x&a=" + "y".repeat(CallbackQuery.MAX_QUERY), "characters long"));
    }

    @ParameterizedTest
    @MethodSource("craftedQueries")
    void aCraftedQueryIsA400WithAMessageIdThatSaysWhy(String query, String why) {
        assertThatThrownBy(() -> CallbackQuery.parse(query)).isInstanceOfSatisfying(SignInFailure.class, failure -> {
            assertThat(failure.id()).isEqualTo(CallbackQuery.BAD_QUERY);
            assertThat(failure.status()).isEqualTo(400);
            assertThat(failure.getMessage()).contains(why).doesNotContain("\n", "\r").hasSizeLessThan(600);
        });
    }

    @Test
    void visma_sCallbackIsReadAndEncodedAgainForNimbus() {
        CallbackQuery query = CallbackQuery.parse("code=C0DE-1.2_3~&scope=openid%20ea%3Aapi&state=Ab-_9"
                + "&session_state=x.y&iss=https%3A%2F%2Fidentity.vismaonline.com");

        assertThat(query.state()).contains(new State("Ab-_9"));
        assertThat(query.toUri("/app/visma/callback").toString()).startsWith("/app/visma/callback?")
                .contains("state=Ab-_9", "iss=https%3A%2F%2Fidentity.vismaonline.com", "scope=openid+ea%3Aapi");
    }

    @Test
    void noQueryOrAnEmptyStateHasNoState() {
        assertThat(CallbackQuery.parse(null).state()).isEmpty();
        assertThat(CallbackQuery.parse("state=&code=x").state()).isEmpty();
        assertThat(CallbackQuery.parse(null).toUri("/cb").toString()).isEqualTo("/cb");
    }
}

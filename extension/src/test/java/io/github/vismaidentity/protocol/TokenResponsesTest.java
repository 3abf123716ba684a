package io.github.vismaidentity.protocol;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SECURITY.md items 10 to 12: reading token endpoint answers, case by case. */
class TokenResponsesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final Scope REQUESTED = Scope.parse("openid offline_access ea:api");

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "bearer", "BEARER"})
    void bearerIsAcceptedInAnyCase(String type) {
        GrantedTokens tokens = read(200, "{\"access_token\":\"at\",\"refresh_token\":\"rt\",\"token_type\":\"" + type
                + "\",\"expires_in\":3600,\"scope\":\"openid ea:api\"}");

        assertThat(tokens.accessToken()).isEqualTo("at");
        assertThat(tokens.refreshToken()).isEqualTo("rt");
        assertThat(tokens.accessExpiresAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(tokens.scope()).isEqualTo(Scope.parse("openid ea:api"));
    }

    @Test
    void anUnknownTokenTypeIsRefused() {
        assertFailure(200, "{\"access_token\":\"at\",\"refresh_token\":\"rt\",\"token_type\":\"mac\",\"expires_in\":3600}",
                TokenResponses.UNUSABLE);
    }

    @Test
    void withoutExpiresInTheConfiguredDefaultLifetimeIsUsedAndUnknownMembersAreIgnored() {
        GrantedTokens tokens = read(200, "{\"access_token\":\"at\",\"refresh_token\":\"rt\",\"token_type\":\"Bearer\","
                + "\"surprise\":{\"nested\":[1,2]}}");

        assertThat(tokens.accessExpiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(tokens.scope()).isEqualTo(REQUESTED);
        assertThat(tokens.idToken()).isEmpty();
    }

    @Test
    void aSuccessWithoutRefreshTokenIsRefused() {
        assertFailure(200, "{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":3600}",
                TokenResponses.NO_REFRESH_TOKEN);
    }

    @Test
    void anOAuthErrorCarriesVismasErrorCode() {
        SignInFailure failure = assertFailure(400, "{\"error\":\"invalid_grant\",\"error_description\":\"used\"}",
                TokenResponses.TOKEN_ERROR);

        assertThat(failure.getMessage()).contains("invalid_grant", "used");
        assertThat(failure.isTransient()).isFalse();
    }

    @Test
    void anHtmlServerErrorIsTransient() throws ParseException {
        HTTPResponse response = new HTTPResponse(503);
        response.setContentType("text/html");
        response.setBody("<html><body>Service Unavailable</body></html>");

        assertThatThrownBy(() -> TokenResponses.read(response, NOW, REQUESTED, Duration.ofMinutes(5)))
                .isInstanceOfSatisfying(SignInFailure.class, failure -> assertThat(failure.isTransient()).isTrue());
    }

    @Test
    void truncatedJsonIsTransientAndTheMessageHoldsNoTokenFragment() {
        SignInFailure failure = assertFailure(200, "{\"access_token\":\"secret-access-value\",\"refresh_tok",
                TokenResponses.UNUSABLE);

        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.getMessage()).doesNotContain("secret-access-value");
    }

    @Test
    void toStringShowsNoToken() {
        GrantedTokens tokens = read(200, "{\"access_token\":\"access-value\",\"refresh_token\":\"refresh-value\","
                + "\"token_type\":\"Bearer\",\"expires_in\":60}");

        assertThat(tokens.toString()).doesNotContain("access-value", "refresh-value");
    }

    private static GrantedTokens read(int status, String body) {
        return TokenResponses.read(json(status, body), NOW, REQUESTED, Duration.ofMinutes(5));
    }

    private static SignInFailure assertFailure(int status, String body, String id) {
        try {
            read(status, body);
        } catch (SignInFailure failure) {
            assertThat(failure.id()).isEqualTo(id);
            return failure;
        }
        throw new AssertionError("Accepted: " + body);
    }

    private static HTTPResponse json(int status, String body) {
        try {
            return response(status, body);
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    private static HTTPResponse response(int status, String body) throws ParseException {
        HTTPResponse response = new HTTPResponse(status);
        response.setContentType("application/json");
        response.setBody(body);
        return response;
    }
}

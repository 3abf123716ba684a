package io.github.vismaidentity.emulator.identity;

import static io.github.vismaidentity.emulator.support.TokenCalls.json;
import static io.github.vismaidentity.emulator.support.TokenCalls.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.support.BadBearer;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.emulator.support.SignIn;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class UserInfoEndpointTest extends EmulatorTestBase {


    private Map<String, Object> signIn(String username, String company) {
        SignIn signIn = new SignIn(emulator, new Browserless());
        String code = signIn.complete(username, username, company).get("code");
        return tokens(calls.redeem(code, signIn.verifier().getValue()));
    }

    private HttpResponse<String> userInfo(String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(emulator.uri(Endpoint.USERINFO)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return browser.send(request.build());
    }

    private static String wwwAuthenticate(HttpResponse<String> response) {
        return response.headers().firstValue("WWW-Authenticate")
                .orElseThrow(() -> new AssertionError("No WWW-Authenticate on HTTP " + response.statusCode()));
    }

    @ParameterizedTest
    @CsvSource({"demo, Demo AB, Demo User", "solo, Solo Konsult AB, Solo Consultant"})
    void reportsTheSubjectNameAndEmailOfTheSignedInUser(String username, String company, String name) throws Exception {
        Map<String, Object> tokens = signIn(username, company);
        String idTokenSubject = SignedJWT.parse((String) tokens.get("id_token")).getJWTClaimsSet().getSubject();

        HttpResponse<String> response = userInfo("Bearer " + tokens.get("access_token"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        Map<String, Object> claims = json(response);
        assertThat(claims.get("sub")).isEqualTo(idTokenSubject);
        assertThat(claims.get("name")).isEqualTo(name);
        assertThat(claims.get("email")).isEqualTo(username + "@example.com");
    }

    @Test
    void refusesARequestWithoutATokenWith401() {
        HttpResponse<String> response = userInfo(null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(wwwAuthenticate(response)).startsWith("Bearer");
    }

    @Test
    void ignoresATokenPassedAsAQueryParameter() {
        String token = (String) signIn("demo", "Demo AB").get("access_token");

        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(
                URI.create(emulator.uri(Endpoint.USERINFO) + "?access_token=" + Browserless.encode(token))).GET().build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(wwwAuthenticate(response)).startsWith("Bearer");
    }

    /** Without any header the answer is a plain challenge (tested above); every other bad token is invalid_token. */
    @ParameterizedTest
    @EnumSource(value = BadBearer.class, names = "NO_HEADER", mode = EnumSource.Mode.EXCLUDE)
    void refusesAnInvalidTokenWith401InvalidToken(BadBearer bad) throws Exception {
        Map<String, Object> tokens = signIn("demo", "Demo AB");
        assertThat(userInfo("Bearer " + tokens.get("access_token")).statusCode()).isEqualTo(200);

        String presented = bad.present(emulator, tokens);
        HttpResponse<String> response = userInfo("Bearer " + presented);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(wwwAuthenticate(response)).startsWith("Bearer").contains("error=\"invalid_token\"");
    }

    @Test
    void refusesATokenWithoutOpenidWith403InsufficientScope() {
        String refreshToken = (String) signIn("demo", "Demo AB").get("refresh_token");
        Map<String, Object> narrowed = tokens(calls.token(Map.of("grant_type", "refresh_token",
                "refresh_token", refreshToken, "scope", "offline_access ea:api")));
        assertThat(narrowed.get("scope")).isEqualTo("offline_access ea:api");

        HttpResponse<String> response = userInfo("Bearer " + narrowed.get("access_token"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(wwwAuthenticate(response)).startsWith("Bearer").contains("error=\"insufficient_scope\"");
    }
}

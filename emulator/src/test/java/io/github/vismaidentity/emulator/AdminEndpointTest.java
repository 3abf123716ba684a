package io.github.vismaidentity.emulator;

import static io.github.vismaidentity.emulator.support.TokenCalls.json;
import static io.github.vismaidentity.emulator.support.TokenCalls.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.emulator.support.SignIn;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdminEndpointTest extends EmulatorTestBase {


    private URI admin(String action) {
        return emulator.uri(Endpoint.ADMIN).resolve(action);
    }

    /** {@code POST /_emulator/ACTION} with {@code name=value&...} pairs as the form. */
    private HttpResponse<String> post(String action, String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return browser.postForm(admin(action), form);
    }

    private Map<String, Object> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        return json(response);
    }

    private Map<String, Object> signIn() {
        SignIn signIn = new SignIn(emulator, new Browserless());
        return tokens(calls.redeem(signIn.code(), signIn.verifier().getValue()));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    @Test
    void servesTheCountersAsJson() {
        Map<String, Object> tokens = signIn();
        calls.refresh((String) tokens.get("refresh_token"));
        calls.refresh((String) tokens.get("refresh_token"));

        Map<String, Object> counters = ok(browser.get(admin("counters")));

        assertThat(number(counters.get("requests.token"))).isEqualTo(3);
        assertThat(number(counters.get("token-responses"))).isEqualTo(2);
        assertThat(number(counters.get("refresh-token-reuses"))).isEqualTo(1);
        assertThat(number(counters.get("requests.jwks"))).isZero();
    }

    @Test
    void resetsTheCounters() {
        signIn();

        assertThat(ok(post("counters/reset"))).containsEntry("ok", true);

        assertThat(emulator.control().requests(Endpoint.TOKEN)).isZero();
        assertThat(emulator.control().count(Counter.TOKEN_RESPONSES)).isZero();
        assertThat(number(ok(browser.get(admin("counters"))).get("requests.token"))).isZero();
    }

    @Test
    void revokesEveryTokenOfAUser() {
        Map<String, Object> tokens = signIn();

        Map<String, Object> answer = ok(post("users/revoke", "username", "demo"));

        assertThat(number(answer.get("revoked"))).isEqualTo(1);
        assertThat(json(calls.refresh((String) tokens.get("refresh_token"))).get("error")).isEqualTo("invalid_grant");
        assertThat(calls.api("companysettings", (String) tokens.get("access_token")).statusCode()).isEqualTo(401);
    }

    @Test
    void rotatesTheSigningKeyAndPublishesTheNewOne() throws Exception {
        String oldKid = emulator.control().currentKeyId();

        String kid = (String) ok(post("signing-key/rotate")).get("kid");

        assertThat(kid).isNotBlank().isNotEqualTo(oldKid);
        JWKSet jwks = JWKSet.parse(browser.get(emulator.jwksUri()).body());
        assertThat(jwks.getKeyByKeyId(kid)).isNotNull();
        assertThat(jwks.getKeyByKeyId(oldKid)).as("the previous key stays published").isNotNull();
        String idToken = (String) signIn().get("id_token");
        assertThat(SignedJWT.parse(idToken).getHeader().getKeyID()).isEqualTo(kid);
    }

    @Test
    void setsTheAccessTokenLifetime() {
        ok(post("lifetimes", "access_token", "60"));

        assertThat(number(signIn().get("expires_in"))).isEqualTo(60);
    }

    @Test
    void setsTheCodeAndRefreshTokenLifetimes() {
        ok(post("lifetimes", "code", "10", "refresh_token", "100"));
        SignIn signIn = new SignIn(emulator, new Browserless());
        String code = signIn.code();
        String refreshToken = (String) signIn().get("refresh_token");
        emulator.control().advanceClock(Duration.ofSeconds(101));

        assertThat(json(calls.redeem(code, signIn.verifier().getValue())).get("error")).isEqualTo("invalid_grant");
        assertThat(json(calls.refresh(refreshToken)).get("error")).isEqualTo("invalid_grant");
    }

    @Test
    void injectsAFaultForTheNamedEndpoint() {
        String refreshToken = (String) signIn().get("refresh_token");

        ok(post("faults", "endpoint", "token", "fault", "server-error", "times", "1"));

        HttpResponse<String> failed = calls.refresh(refreshToken);
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(calls.refresh(refreshToken).statusCode()).isEqualTo(200);
        assertThat(emulator.control().count(Counter.FAULTS_INJECTED)).isEqualTo(1);
    }

    @Test
    void injectsAnOversizedBodyOfTheGivenSize() {
        String refreshToken = (String) signIn().get("refresh_token");

        ok(post("faults", "endpoint", "token", "fault", "oversized-body", "size_bytes", "100000", "times", "1"));

        HttpResponse<String> padded = calls.refresh(refreshToken);
        assertThat(padded.body()).hasSize(100_000);
        assertThat(json(padded).get("access_token")).isNotNull();
    }

    @Test
    void clearsTheFaults() {
        String refreshToken = (String) signIn().get("refresh_token");
        ok(post("faults", "endpoint", "token", "fault", "server-error", "times", "3"));

        ok(post("faults/clear"));

        assertThat(calls.refresh(refreshToken).statusCode()).isEqualTo(200);
    }

    @Test
    void setsAndClearsAnIdTokenDefect() throws Exception {
        ok(post("id-token-defect", "defect", "wrong-issuer"));
        String hostile = (String) signIn().get("id_token");

        ok(post("id-token-defect", "defect", "none"));
        String honest = (String) signIn().get("id_token");

        assertThat(JWTParser.parse(hostile).getJWTClaimsSet().getIssuer()).isNotEqualTo(emulator.issuer());
        assertThat(JWTParser.parse(honest).getJWTClaimsSet().getIssuer()).isEqualTo(emulator.issuer());
    }

    @Test
    void advancesTheClock() {
        Instant before = emulator.control().now();

        ok(post("clock/advance", "seconds", "7200"));

        assertThat(emulator.control().now()).isAfterOrEqualTo(before.plusSeconds(7200));
    }

    @Test
    void setsTheRateLimit() {
        String accessToken = (String) signIn().get("access_token");

        ok(post("rate-limit", "per_minute", "2"));

        assertThat(calls.api("customers", accessToken).statusCode()).isEqualTo(200);
        assertThat(calls.api("customers", accessToken).statusCode()).isEqualTo(200);
        HttpResponse<String> limited = calls.api("customers", accessToken);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(number(json(limited).get("ErrorCode"))).isEqualTo(4010);
    }

    @Test
    void turnsOnRevokingTheFamilyOnReuse() {
        String first = (String) signIn().get("refresh_token");
        String second = (String) tokens(calls.refresh(first)).get("refresh_token");

        ok(post("revoke-family-on-reuse", "enabled", "true"));
        calls.refresh(first);

        assertThat(json(calls.refresh(second)).get("error")).isEqualTo("invalid_grant");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            nonsense               | ''                                                | 404 | 'nonsense'      | counters/reset
            faults                 | endpoint=nowhere&fault=server-error               | 400 | 'nowhere'       | token
            faults                 | endpoint=token&fault=explode                      | 400 | 'explode'       | server-error
            faults                 | endpoint=token&fault=server-error&times=twice     | 400 | 'twice'         | whole number
            faults                 | endpoint=token&fault=server-error&times=0         | 400 | at least one    | 0
            faults                 | endpoint=token&fault=delay                        | 400 | delay_ms        | Missing
            faults                 | endpoint=token&fault=stall-body                   | 400 | stall_ms        | Missing
            faults                 | endpoint=token&fault=oversized-body&size_bytes=0  | 400 | at least one    | 0
            clock/advance          | seconds=soon                                      | 400 | 'soon'          | whole number
            clock/advance          | seconds=-5                                        | 400 | forward         | -5
            clock/advance          | seconds=9223372036854775807                       | 400 | seconds         | a century
            faults                 | endpoint=token&fault=server-error&times=4294967297 | 400 | times          | at most
            lifetimes              | access_token=1h                                   | 400 | '1h'            | whole number
            lifetimes              | access_token=0                                    | 400 | positive        | Access token
            lifetimes              | access_token_lifetime=60                          | 400 | access_token    | seconds
            rate-limit             | per_minute=lots                                   | 400 | per_minute      | whole number
            users/revoke           | username=nobody                                   | 400 | 'nobody'        | Unknown user
            users/revoke           | ''                                                | 400 | username        | Missing
            id-token-defect        | defect=sloppy                                     | 400 | 'sloppy'        | wrong-issuer
            revoke-family-on-reuse | enabled=yes                                       | 400 | 'yes'           | true
            """)
    void refusesBadFormInputSayingWhatToFix(String action, String body, int status, String names, String hint) {
        HttpResponse<String> response = calls.post(admin(action), "application/x-www-form-urlencoded", body, null);

        assertProblem(response, status, names, hint);
    }

    @ParameterizedTest
    @ValueSource(strings = {"counters/reset", "faults", "users/revoke"})
    void refusesAJsonBody(String action) {
        HttpResponse<String> response = calls.post(admin(action), "application/json",
                "{\"endpoint\":\"token\",\"fault\":\"server-error\",\"username\":\"demo\"}", null);

        assertProblem(response, 400, "Content-Type", "application/x-www-form-urlencoded");
        assertThat(emulator.control().count(Counter.FAULTS_INJECTED)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"counters/reset", "signing-key/rotate", "faults/clear"})
    void refusesGetOnAPostAction(String action) {
        String kid = emulator.control().currentKeyId();

        assertProblem(browser.get(admin(action)), 405, "POST", action);
        assertThat(emulator.control().currentKeyId()).as("nothing done").isEqualTo(kid);
    }

    @Test
    void aRefusedRequestChangesNothing() {
        String refreshToken = (String) signIn().get("refresh_token");

        post("faults", "endpoint", "token", "fault", "explode", "times", "3");
        post("lifetimes", "access_token", "0");

        Map<String, Object> refreshed = tokens(calls.refresh(refreshToken));
        assertThat(number(refreshed.get("expires_in"))).isEqualTo(3600);
        assertThat(emulator.control().count(Counter.FAULTS_INJECTED)).isZero();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String... described) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        Map<String, Object> problem = json(response);
        assertThat(problem.get("error")).isEqualTo("invalid_request");
        assertThat((String) problem.get("error_description")).contains(described);
    }

    @Test
    void isNotServedWhenTurnedOff() {
        try (VismaEmulator withoutAdmin = VismaEmulator.builder().admin(false).start()) {
            URI base = withoutAdmin.uri(Endpoint.ADMIN);
            List<HttpResponse<String>> responses = List.of(
                    browser.get(base.resolve("counters")),
                    browser.postForm(base.resolve("counters/reset"), Map.of()),
                    browser.postForm(base.resolve("clock/advance"), Map.of("seconds", "3600")),
                    browser.send(HttpRequest.newBuilder(base).GET().build()));

            assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(404);
            assertThat(json(responses.get(0)).get("error")).isEqualTo("not_found");
            assertThat(withoutAdmin.control().now()).isBefore(Instant.now().plusSeconds(3000));
        }
    }
}

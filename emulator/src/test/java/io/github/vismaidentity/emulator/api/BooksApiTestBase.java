package io.github.vismaidentity.emulator.api;

import static io.github.vismaidentity.emulator.support.TokenCalls.json;
import static io.github.vismaidentity.emulator.support.TokenCalls.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.emulator.support.SignIn;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bookkeeping resources over real HTTP with the token of a real sign-in into Demo AB: GET and POST,
 * and readers for Visma's list, object and error bodies.
 */
abstract class BooksApiTestBase extends EmulatorTestBase {

    static final String ALL = "openid offline_access ea:api ea:sales ea:purchase ea:accounting";
    static final String READ_ONLY = "openid offline_access ea:api ea:sales_readonly ea:purchase_readonly"
            + " ea:accounting_readonly";
    static final String SALES_ONLY = "openid offline_access ea:api ea:sales";
    static final String PURCHASE_ONLY = "openid offline_access ea:api ea:purchase";

    /** demo's access token for Demo AB with the given scopes. */
    String demo(String scope) {
        SignIn signIn = new SignIn(emulator, new Browserless()).with("scope", scope);
        String code = signIn.complete("demo", "demo", "Demo AB").get("code");
        return (String) tokens(calls.redeem(code, signIn.verifier().getValue())).get("access_token");
    }

    HttpResponse<String> get(String path, String token) {
        return calls.api(path, token);
    }

    HttpResponse<String> post(String path, Map<String, Object> body, String token) {
        HttpRequest request = HttpRequest.newBuilder(emulator.apiBaseUri().resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(body)))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).build();
        return browser.send(request);
    }

    static Map<String, Object> ok(HttpResponse<String> response) {
        return status(response, 200);
    }

    static Map<String, Object> created(HttpResponse<String> response) {
        return status(response, 201);
    }

    static Map<String, Object> status(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("HTTP status of %s %s: %s", response.request().method(), response.uri(),
                response.body()).isEqualTo(status);
        return json(response);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> data(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("Data");
    }

    @SuppressWarnings("unchecked")
    static long meta(Map<String, Object> page, String field) {
        return ((Number) ((Map<String, Object>) page.get("Meta")).get(field)).longValue();
    }

    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    /** Asserts Visma's 400 (ErrorCode 4000) whose {@code Errors} name the field with the code. */
    static void assertFieldError(HttpResponse<String> response, String field, String code) {
        Map<String, Object> error = status(response, 400);
        assertThat(((Number) error.get("ErrorCode")).intValue()).isEqualTo(4000);
        assertThat((List<?>) error.get("Errors")).as(response.body()).anySatisfy(entry -> {
            assertThat(((Map<?, ?>) entry).get("Field")).isEqualTo(field);
            assertThat(((Map<?, ?>) entry).get("ErrorCode")).isEqualTo(code);
            assertThat((String) ((Map<?, ?>) entry).get("Message")).isNotBlank();
        });
    }

    /** Asserts Visma's 404 (the emulator's ErrorCode 4004). */
    static void assertNotFound(HttpResponse<String> response) {
        assertThat(((Number) status(response, 404).get("ErrorCode")).intValue()).isEqualTo(4004);
    }

    /** Asserts Visma's 403 NoAccessToScopes (ErrorCode 4006) naming a scope the operation accepts. */
    static void assertMissingScope(HttpResponse<String> response, String acceptedScope) {
        Map<String, Object> error = status(response, 403);
        assertThat(((Number) error.get("ErrorCode")).intValue()).isEqualTo(4006);
        assertThat((String) error.get("DeveloperErrorMessage")).contains(acceptedScope);
    }
}

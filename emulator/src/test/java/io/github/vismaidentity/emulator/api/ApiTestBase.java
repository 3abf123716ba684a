package io.github.vismaidentity.emulator.api;

import static io.github.vismaidentity.emulator.support.TokenCalls.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.emulator.support.SignIn;
import io.github.vismaidentity.emulator.support.TokenCalls;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * Real HTTP calls of the emulated API with a token of a real sign-in: any method, a JSON body, and
 * readers for Visma's list and error bodies.
 */
abstract class ApiTestBase extends EmulatorTestBase {

    static final String SALES = "openid offline_access ea:api ea:sales";
    static final String SALES_READONLY = "openid offline_access ea:api ea:sales_readonly";
    static final String PURCHASE = "openid offline_access ea:api ea:purchase";
    static final String API_ONLY = "openid offline_access ea:api";

    /** The access token of a fresh sign-in of {@code username} (password the same) into {@code company}. */
    String token(String username, String company, String scope) {
        SignIn signIn = new SignIn(emulator, new Browserless()).with("scope", scope);
        String code = signIn.complete(username, username, company).get("code");
        return (String) tokens(calls.redeem(code, signIn.verifier().getValue())).get("access_token");
    }

    /** demo's token for Demo AB with {@code ea:sales}. */
    String demo() {
        return token("demo", "Demo AB", SALES);
    }

    HttpResponse<String> get(String path, String token) {
        return calls.api(path, token);
    }

    HttpResponse<String> send(String method, String path, String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(emulator.apiBaseUri().resolve(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return browser.send(request.build());
    }

    HttpResponse<String> post(String path, Map<String, Object> body, String token) {
        return send("POST", path, JSONObjectUtils.toJSONString(body), token);
    }

    HttpResponse<String> put(String path, Map<String, Object> body, String token) {
        return send("PUT", path, JSONObjectUtils.toJSONString(body), token);
    }

    /** The body of a response with the expected status, or an assertion error showing what came. */
    static Map<String, Object> body(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("HTTP status of %s %s: %s", response.request().method(), response.uri(),
                response.body()).isEqualTo(status);
        return TokenCalls.json(response);
    }

    static Map<String, Object> ok(HttpResponse<String> response) {
        return body(response, 200);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> data(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("Data");
    }

    @SuppressWarnings("unchecked")
    static long meta(Map<String, Object> page, String field) {
        return ((Number) ((Map<String, Object>) page.get("Meta")).get(field)).longValue();
    }

    /** A refusal's {@code ErrorCode}, after checking the status and that Visma's body has a message and an id. */
    static int errorCode(HttpResponse<String> response, int status) {
        Map<String, Object> error = body(response, status);
        assertThat((String) error.get("DeveloperErrorMessage")).isNotBlank();
        assertThat((String) error.get("ErrorId")).isNotBlank();
        return ((Number) error.get("ErrorCode")).intValue();
    }

    static String message(HttpResponse<String> response) {
        return (String) TokenCalls.json(response).get("DeveloperErrorMessage");
    }

    /** The {@code Errors} of a 400 with {@code ErrorCode} 4000. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> fieldErrors(HttpResponse<String> response) {
        assertThat(errorCode(response, 400)).isEqualTo(4000);
        return (List<Map<String, Object>>) TokenCalls.json(response).get("Errors");
    }
}

package io.github.vismaidentity.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bookkeeping resources over real HTTP with demo's token for Demo AB: {@link ApiTestBase}'s calls and
 * readers, scopes of several areas, request objects written inline, and Visma's refusals checked in one line.
 */
abstract class BooksApiTestBase extends ApiTestBase {

    static final String ALL = "openid offline_access ea:api ea:sales ea:purchase ea:accounting";
    static final String READ_ONLY = "openid offline_access ea:api ea:sales_readonly ea:purchase_readonly"
            + " ea:accounting_readonly";

    /** demo's access token for Demo AB with the given scopes. */
    String demo(String scope) {
        return token("demo", "Demo AB", scope);
    }

    static Map<String, Object> created(HttpResponse<String> response) {
        return body(response, 201);
    }

    /** A JSON object from name-value pairs, in order. */
    static Map<String, Object> object(Object... pairs) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            object.put((String) pairs[i], pairs[i + 1]);
        }
        return object;
    }

    /** Asserts Visma's 400 (ErrorCode 4000) whose {@code Errors} name the field with the code and a message. */
    static void assertFieldError(HttpResponse<String> response, String field, String code) {
        assertThat(fieldErrors(response)).as(response.body()).anySatisfy(entry -> {
            assertThat(entry.get("Field")).isEqualTo(field);
            assertThat(entry.get("ErrorCode")).isEqualTo(code);
            assertThat((String) entry.get("Message")).isNotBlank();
        });
    }

    /** Asserts Visma's 404 (the emulator's ErrorCode 4004). */
    static void assertNotFound(HttpResponse<String> response) {
        assertThat(errorCode(response, 404)).isEqualTo(4004);
    }

    /** Asserts Visma's 403 NoAccessToScopes (ErrorCode 4006) naming a scope the operation accepts. */
    static void assertMissingScope(HttpResponse<String> response, String acceptedScope) {
        assertThat(errorCode(response, 403)).isEqualTo(4006);
        assertThat(message(response)).contains(acceptedScope);
    }
}

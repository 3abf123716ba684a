package io.github.vismaidentity.emulator.api;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.github.vismaidentity.emulator.http.HttpCall;
import io.github.vismaidentity.emulator.http.ProblemRenderer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The eAccounting API's error responses: Visma's {@code ErrorCode} body, and ASP.NET's 401. */
final class ApiResponses {

    /**
     * A refusal the HTTP layer raised (a body too large, a malformed query string) in Visma's error body:
     * 403 is 4006, 429 is 4010, anything else 4000.
     */
    static final ProblemRenderer ERROR = (call, problem) -> error(call, new ApiError(problem.status(),
            problem.status() == 403 ? ApiError.NO_ACCESS_TO_SCOPES
                    : problem.status() == 429 ? ApiError.RATE_LIMITED : ApiError.VALIDATION_FAILED,
            problem.description(), List.of()));

    private ApiResponses() {
    }

    /** Visma's API error body: {@code ErrorCode}, {@code DeveloperErrorMessage}, {@code ErrorId}, {@code Errors}. */
    static void error(HttpCall call, ApiError error) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ErrorCode", error.errorCode());
        body.put("DeveloperErrorMessage", error.getMessage());
        body.put("ErrorId", UUID.randomUUID().toString());
        body.put("Errors", error.errors().stream().map(FieldError::toJson).toList());
        call.json(error.status(), JSONObjectUtils.toJSONString(body));
    }

    /** ASP.NET Web API's answer to a request without a valid Bearer token. */
    static void unauthorized(HttpCall call) throws IOException {
        call.addHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        call.json(401, "{\"Message\":\"Authorization has been denied for this request.\"}");
    }
}

package io.github.vismaidentity.emulator.api;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.github.vismaidentity.emulator.http.HttpCall;
import io.github.vismaidentity.emulator.http.HttpProblem;
import io.github.vismaidentity.emulator.http.ProblemRenderer;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The eAccounting API's response shapes: errors with {@code ErrorCode}, lists with {@code Meta} and {@code Data}. */
final class ApiResponses {

    /** Scopes lacking (Visma's NoAccessToScopes). */
    static final int NO_ACCESS_TO_SCOPES = 4006;
    /** Too many requests (Visma's rate limit). */
    static final int RATE_LIMITED = 4010;
    /** A malformed query; no Visma document names this code. */
    static final int VALIDATION_ERROR = 4000;

    /** Visma's API error body: {@code ErrorCode}, {@code DeveloperErrorMessage}, {@code ErrorId}, {@code Errors}. */
    static final ProblemRenderer ERROR = (call, problem) -> error(call, problem.status(),
            problem.status() == 403 ? NO_ACCESS_TO_SCOPES : problem.status() == 429 ? RATE_LIMITED : VALIDATION_ERROR,
            problem.description());

    private ApiResponses() {
    }

    static void error(HttpCall call, int status, int errorCode, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ErrorCode", errorCode);
        body.put("DeveloperErrorMessage", message);
        body.put("ErrorId", UUID.randomUUID().toString());
        body.put("Errors", List.of());
        call.json(status, JSONObjectUtils.toJSONString(body));
    }

    /** ASP.NET Web API's answer to a request without a valid Bearer token. */
    static void unauthorized(HttpCall call) throws IOException {
        call.addHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        call.json(401, "{\"Message\":\"Authorization has been denied for this request.\"}");
    }

    static void object(HttpCall call, Map<String, Object> body) throws IOException {
        call.json(200, JSONObjectUtils.toJSONString(body));
    }

    /** One page of a list, with the {@code $page} and {@code $pagesize} query parameters (defaults 1 and 50). */
    static void page(HttpCall call, List<Map<String, Object>> all, Instant now) throws IOException, HttpProblem {
        int page = positive(call, "$page", 1);
        int pageSize = Math.min(positive(call, "$pagesize", 50), 1000);
        int pages = Math.max(1, (all.size() + pageSize - 1) / pageSize);
        int from = Math.min(all.size(), (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * pageSize));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("CurrentPage", page);
        meta.put("PageSize", pageSize);
        meta.put("TotalNumberOfPages", pages);
        meta.put("TotalNumberOfResults", all.size());
        meta.put("ServerTimeUtc", now.truncatedTo(ChronoUnit.SECONDS).toString());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Meta", meta);
        body.put("Data", all.subList(from, Math.min(all.size(), from + pageSize)));
        object(call, body);
    }

    private static int positive(HttpCall call, String name, int fallback) throws HttpProblem {
        String value = call.query().get(name).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new HttpProblem(400, "invalid_request", name + " must be a whole number of 1 or more, not '" + value + "'");
    }
}

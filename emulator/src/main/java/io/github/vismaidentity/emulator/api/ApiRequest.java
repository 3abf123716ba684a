package io.github.vismaidentity.emulator.api;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.directory.User;
import io.github.vismaidentity.emulator.http.HttpCall;
import io.github.vismaidentity.emulator.http.HttpProblem;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * One authenticated call of an operation: who calls for which company, the path's parameters, the
 * query and body, the company's tables, and the ways to answer.
 */
final class ApiRequest {

    private final HttpCall call;
    private final ApiOperation operation;
    private final Map<String, String> parameters;
    private final Company company;
    private final User user;
    private final CompanyState state;
    private final Instant now;

    ApiRequest(HttpCall call, ApiOperation operation, Map<String, String> parameters, Company company, User user,
               CompanyState state, Instant now) {
        this.call = call;
        this.operation = operation;
        this.parameters = parameters;
        this.company = company;
        this.user = user;
        this.state = state;
        this.now = now;
    }

    /** The company the user picked at sign-in. */
    Company company() {
        return company;
    }

    User user() {
        return user;
    }

    /** The emulator clock's time of this call. */
    Instant now() {
        return now;
    }

    ApiOperation operation() {
        return operation;
    }

    /** A path parameter as sent, {@code customerId} of {@code customers/{customerId}}. */
    String parameter(String name) {
        String value = parameters.get(name);
        if (value == null) {
            throw new IllegalStateException(operation.describe() + " has no parameter " + name);
        }
        return value;
    }

    /**
     * A path parameter that is a GUID, in the lowercase form ids are stored with; one that is not a GUID
     * names nothing, so it is Visma's 404 for {@code what} ("customer").
     */
    String id(String name, String what) throws ApiError {
        String value = parameter(name);
        try {
            return UUID.fromString(value).toString().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw ApiError.notFound(what, value);
        }
    }

    /** The company's table of a resource, seeded on first use; see {@link CompanyState#table}. */
    Records table(String resource, Function<Company, List<Map<String, Object>>> seed) {
        return state.table(company, resource, seed);
    }

    /** The JSON object the request sends; a missing or malformed one is a 400. */
    JsonBody body() throws ApiError, HttpProblem {
        return JsonBody.parse(call.body());
    }

    /** The list query options ({@code $filter}, ...) checked against the resource's fields. */
    ListQuery query(QueryFields fields) throws ApiError, HttpProblem {
        return ListQuery.of(call.query(), fields);
    }

    /** Answers a list call: the page of {@code items} this request's query asks for, with {@code Meta}. */
    void page(QueryFields fields, List<Map<String, Object>> items) throws IOException, ApiError, HttpProblem {
        page(fields, items, Function.identity());
    }

    /**
     * Answers a list call whose items are stored compactly: the query filters and orders the stored
     * items, and {@code view} renders only the page's items as the API shows them.
     */
    void page(QueryFields fields, List<Map<String, Object>> items, Function<Map<String, Object>, Map<String, Object>> view)
            throws IOException, ApiError, HttpProblem {
        ok(query(fields).answer(items, view, now));
    }

    /** HTTP 200 with the object. */
    void ok(Map<String, Object> body) throws IOException {
        call.json(200, JSONObjectUtils.toJSONString(body));
    }

    /** HTTP 201 with the created object, as Visma answers a POST. */
    void created(Map<String, Object> body) throws IOException {
        call.json(201, JSONObjectUtils.toJSONString(body));
    }
}

package io.github.vismaidentity.emulator.api;

import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Counters;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.control.Tunables;
import io.github.vismaidentity.emulator.directory.Directory;
import io.github.vismaidentity.emulator.grants.IssuedAccessToken;
import io.github.vismaidentity.emulator.http.HttpCall;
import io.github.vismaidentity.emulator.http.HttpProblem;
import io.github.vismaidentity.emulator.http.Router;
import io.github.vismaidentity.emulator.tokens.AccessTokens;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A slice of the eAccounting API under {@code /v2/}, with state per company. Each call goes through
 * the same gates, in Visma's order: a known path and method (404, 405), a valid Bearer token (401 in
 * ASP.NET's shape), the client's limit on the path template (429, {@code ErrorCode} 4010), one of the
 * operation's scopes (403, {@code ErrorCode} 4006); then the operation, which may refuse with 400
 * ({@code ErrorCode} 4000, {@code Errors} per field) or 404 ({@code ErrorCode} 4004).
 * The company is the one the user picked at sign-in.
 */
public final class EAccountingApi {

    private static final String PREFIX = "/v2/";

    private final AccessTokens accessTokens;
    private final RateLimiter rateLimiter;
    private final Counters counters;
    private final Clock clock;
    private final CompanyState state = new CompanyState();
    private final ApiRoutes routes = new ApiRoutes();

    public EAccountingApi(Directory directory, AccessTokens accessTokens, Tunables tunables, Counters counters,
                          Clock clock) {
        this.accessTokens = accessTokens;
        this.rateLimiter = new RateLimiter(clock, tunables);
        this.counters = counters;
        this.clock = clock;
        for (ApiResource resource : resources(directory)) {
            resource.register(routes);
        }
    }

    /** Every resource the emulator serves; literal paths before parameters where both could match. */
    static List<ApiResource> resources(Directory directory) {
        Ledgers ledgers = new Ledgers();
        return List.of(new CompanyResources(directory), new TermsOfPayments(), new Customers(),
                new AccountingResources(ledgers), new PurchaseResources(ledgers), new SalesResources(ledgers),
                new CatalogueResources(ledgers));
    }

    /** Serves every path under {@code /v2/}, counted as {@link Endpoint#API_CUSTOMERS} and the like where one fits. */
    public void registerOn(Router router) {
        for (Endpoint endpoint : List.of(Endpoint.API_COMPANY_SETTINGS, Endpoint.API_USERS, Endpoint.API_CUSTOMERS,
                Endpoint.API)) {
            router.route(endpoint, ApiResponses.ERROR, this::handle);
        }
    }

    private void handle(HttpCall call) throws IOException, HttpProblem {
        try {
            answer(call);
        } catch (ApiError error) {
            ApiResponses.error(call, error);
        }
    }

    private void answer(HttpCall call) throws IOException, HttpProblem, ApiError {
        String path = call.path().substring(PREFIX.length());
        ApiRoutes.Resolution resolution = routes.resolve(call.method(), path.endsWith("/")
                ? path.substring(0, path.length() - 1) : path);
        if (resolution instanceof ApiRoutes.WrongMethod wrong) {
            call.addHeader("Allow", String.join(", ", wrong.allowed()));
            throw new ApiError(405, ApiError.VALIDATION_FAILED, call.method() + " is not allowed on " + ApiError.quote(call.path())
                    + "; use " + String.join(" or ", wrong.allowed()), List.of());
        }
        if (!(resolution instanceof ApiRoutes.Found found)) {
            throw new ApiError(404, ApiError.NOT_FOUND, "The emulated eAccounting API has no path "
                    + ApiError.quote(call.path()), List.of());
        }
        ApiOperation operation = found.operation();
        Optional<IssuedAccessToken> token = bearer(call).flatMap(accessTokens::validate);
        if (token.isEmpty()) {
            ApiResponses.unauthorized(call);
            return;
        }
        OptionalLong wait = rateLimiter.acquire(token.get().grant().client().id(), operation.template());
        if (wait.isPresent()) {
            counters.increment(Counter.RATE_LIMITED_API_CALLS);
            throw new ApiError(429, ApiError.RATE_LIMITED,
                    "Rate limit exceeded. Try again in " + wait.getAsLong() + " seconds.", List.of());
        }
        checkScopes(operation, token.get().scope().toStringList());
        operation.handler().handle(new ApiRequest(call, operation, found.parameters(), token.get().grant().company(),
                token.get().grant().user(), state, clock.instant()));
    }

    private static void checkScopes(ApiOperation operation, List<String> granted) throws ApiError {
        boolean accepted = operation.acceptedScopes().isEmpty()
                || operation.acceptedScopes().stream().anyMatch(granted::contains);
        if (!granted.contains(Scopes.API) || !accepted) {
            List<String> needed = operation.acceptedScopes().isEmpty() ? List.of(Scopes.API)
                    : operation.acceptedScopes().stream().sorted().toList();
            throw new ApiError(403, ApiError.NO_ACCESS_TO_SCOPES, "NoAccessToScopes: " + operation.describe()
                    + " accepts a token with scope " + String.join(" or ", needed), List.of());
        }
    }

    /** The token of an {@code Authorization: Bearer} header; never a token from the URL. */
    private static Optional<String> bearer(HttpCall call) {
        return call.header("Authorization")
                .map(value -> Arrays.asList(value.trim().split("\\s+", 2)))
                .filter(parts -> parts.size() == 2 && parts.get(0).toLowerCase(Locale.ROOT).equals("bearer"))
                .map(parts -> parts.get(1));
    }
}

package io.github.vismaidentity.emulator.api;

import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Counters;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.control.Tunables;
import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.directory.Directory;
import io.github.vismaidentity.emulator.grants.IssuedAccessToken;
import io.github.vismaidentity.emulator.http.Handler;
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
import java.util.Set;

/**
 * A slice of the eAccounting API under {@code /v2/}: a Bearer token is required (401 without a
 * valid one), each endpoint accepts certain scopes (403, {@code ErrorCode} 4006, without them), and
 * each client may call each endpoint a limited number of times a minute (429, {@code ErrorCode} 4010).
 * The company is the one the user picked at sign-in.
 */
public final class EAccountingApi {

    private static final Set<String> SALES = Set.of("ea:sales", "ea:sales_readonly");
    private static final Set<String> API = Set.of("ea:api");

    private final Directory directory;
    private final AccessTokens accessTokens;
    private final RateLimiter rateLimiter;
    private final Counters counters;
    private final Clock clock;

    public EAccountingApi(Directory directory, AccessTokens accessTokens, Tunables tunables, Counters counters,
                          Clock clock) {
        this.directory = directory;
        this.accessTokens = accessTokens;
        this.rateLimiter = new RateLimiter(clock, tunables);
        this.counters = counters;
        this.clock = clock;
    }

    public void registerOn(Router router) {
        router.route(Endpoint.API_COMPANY_SETTINGS, ApiResponses.ERROR, guarded(Endpoint.API_COMPANY_SETTINGS, SALES,
                        (call, token) -> ApiResponses.object(call, CompanyData.settings(token.grant().company()))))
                .route(Endpoint.API_USERS, ApiResponses.ERROR, guarded(Endpoint.API_USERS, API, (call, token) -> {
                    Company company = token.grant().company();
                    String me = token.grant().user().subject();
                    ApiResponses.page(call, directory.usersOf(company.id()).stream()
                            .map(user -> CompanyData.user(user, user.subject().equals(me))).toList(), clock.instant());
                }))
                .route(Endpoint.API_CUSTOMERS, ApiResponses.ERROR, guarded(Endpoint.API_CUSTOMERS, SALES,
                        (call, token) -> ApiResponses.page(call, CompanyData.customers(token.grant().company()),
                                clock.instant())));
    }

    /** What an endpoint does once the caller is authenticated, within its limit and scopes. */
    @FunctionalInterface
    private interface ApiHandler {
        void handle(HttpCall call, IssuedAccessToken token) throws IOException, HttpProblem;
    }

    private Handler guarded(Endpoint endpoint, Set<String> acceptedScopes, ApiHandler handler) {
        return call -> {
            if (!call.method().equals("GET")) {
                throw new HttpProblem(405, "invalid_request", "This emulated endpoint supports GET only");
            }
            Optional<IssuedAccessToken> token = bearer(call).flatMap(accessTokens::validate);
            if (token.isEmpty()) {
                ApiResponses.unauthorized(call);
                return;
            }
            OptionalLong wait = rateLimiter.acquire(token.get().grant().client().id(), endpoint);
            if (wait.isPresent()) {
                counters.increment(Counter.RATE_LIMITED_API_CALLS);
                ApiResponses.error(call, 429, ApiResponses.RATE_LIMITED,
                        "Rate limit exceeded. Try again in " + wait.getAsLong() + " seconds.");
                return;
            }
            List<String> granted = token.get().scope().toStringList();
            if (!granted.containsAll(API) || acceptedScopes.stream().noneMatch(granted::contains)) {
                ApiResponses.error(call, 403, ApiResponses.NO_ACCESS_TO_SCOPES, "NoAccessToScopes: "
                        + endpoint.path() + " accepts a token with scope " + String.join(" or ", acceptedScopes.stream().sorted().toList()));
                return;
            }
            handler.handle(call, token.get());
        };
    }

    /** The token of an {@code Authorization: Bearer} header; never a token from the URL. */
    private static Optional<String> bearer(HttpCall call) {
        return call.header("Authorization")
                .map(value -> Arrays.asList(value.trim().split("\\s+", 2)))
                .filter(parts -> parts.size() == 2 && parts.get(0).toLowerCase(Locale.ROOT).equals("bearer"))
                .map(parts -> parts.get(1));
    }
}

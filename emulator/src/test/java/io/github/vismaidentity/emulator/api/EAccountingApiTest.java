package io.github.vismaidentity.emulator.api;

import static io.github.vismaidentity.emulator.support.TokenCalls.json;
import static io.github.vismaidentity.emulator.support.TokenCalls.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import io.github.vismaidentity.emulator.EmulatorBuilder;
import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.directory.Client;
import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.directory.User;
import io.github.vismaidentity.emulator.support.BadBearer;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.emulator.support.SignIn;
import io.github.vismaidentity.emulator.support.TokenCalls;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EAccountingApiTest extends EmulatorTestBase {

    private static final String SECOND_CLIENT = "second-client";
    private static final String SECOND_SECRET = "second-secret";
    private static final String WITHOUT_SALES = "openid offline_access ea:api ea:purchase";
    /** The customers {@link Seed} gives its demo companies. */
    private static final int DEMO_AB_CUSTOMERS = 312;
    private static final int DEMO_NORGE_CUSTOMERS = 120;
    private static final Pattern RETRY_AFTER = Pattern.compile("Try again in (\\d+) seconds");

    @Override
    protected EmulatorBuilder configure(EmulatorBuilder builder) {
        Company shared = Company.named("Shared AB", "SE", 5);
        List<User> users = new ArrayList<>(Seed.users());
        users.add(User.of("alice", "alice", "Alice Andersson", List.of(shared)));
        users.add(User.of("bob", "bob", "Bob Berg", List.of(Company.named("Bob Solo AB", "SE", 1), shared)));
        return builder
                .clients(Seed.client(), new Client(SECOND_CLIENT, SECOND_SECRET, List.of(Seed.REDIRECT_URI), List.of()))
                .users(users);
    }

    /** The token response of a fresh browser's sign-in (password = username) into the named company. */
    private Map<String, Object> signIn(String username, String company, String scope) {
        SignIn signIn = new SignIn(emulator, new Browserless()).with("scope", scope);
        String code = signIn.complete(username, username, company).get("code");
        return tokens(calls.redeem(code, signIn.verifier().getValue()));
    }

    private String accessToken(String username, String company, String scope) {
        return (String) signIn(username, company, scope).get("access_token");
    }

    private String demoToken() {
        return accessToken("demo", "Demo AB", SignIn.SCOPE);
    }

    private String secondClientToken() {
        SignIn signIn = new SignIn(emulator, new Browserless()).with("client_id", SECOND_CLIENT);
        String code = signIn.complete("demo", "demo", "Demo AB").get("code");
        String body = Browserless.form(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", Seed.REDIRECT_URI.toString(), "code_verifier", signIn.verifier().getValue()));
        return (String) tokens(calls.post(emulator.tokenEndpoint(), "application/x-www-form-urlencoded", body,
                TokenCalls.basic(SECOND_CLIENT, SECOND_SECRET))).get("access_token");
    }

    private Map<String, Object> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("HTTP status of %s: %s", response.uri(), response.body()).isEqualTo(200);
        return json(response);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> data(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("Data");
    }

    @SuppressWarnings("unchecked")
    private static long meta(Map<String, Object> page, String field) {
        return ((Number) ((Map<String, Object>) page.get("Meta")).get(field)).longValue();
    }

    private static int errorCode(HttpResponse<String> response) {
        return ((Number) json(response).get("ErrorCode")).intValue();
    }

    private static long retryAfterSeconds(HttpResponse<String> response) {
        Matcher matcher = RETRY_AFTER.matcher((String) json(response).get("DeveloperErrorMessage"));
        assertThat(matcher.find()).as("message of %s", response.body()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static void assertUnauthorizedBearer(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void companySettingsNameTheCompanyPickedAtSignIn() {
        Map<String, Object> demoAb = ok(calls.api("companysettings", demoToken()));
        Map<String, Object> demoAbAgain = ok(calls.api("companysettings", demoToken()));
        Map<String, Object> norge = ok(calls.api("companysettings", accessToken("demo", "Demo Norge AS", SignIn.SCOPE)));

        assertThat(demoAb.get("Name")).isEqualTo("Demo AB");
        assertThat(UUID.fromString((String) demoAb.get("CompanyIdentifier"))).isNotNull();
        assertThat(demoAbAgain.get("CompanyIdentifier")).as("stable").isEqualTo(demoAb.get("CompanyIdentifier"));
        assertThat(norge.get("Name")).isEqualTo("Demo Norge AS");
        assertThat(norge.get("CompanyIdentifier")).isNotEqualTo(demoAb.get("CompanyIdentifier"));
    }

    @ParameterizedTest
    @EnumSource(BadBearer.class)
    void refusesACallWithoutAValidBearerTokenWith401(BadBearer bad) throws Exception {
        Map<String, Object> tokens = signIn("demo", "Demo AB", SignIn.SCOPE);
        ok(calls.api("companysettings", (String) tokens.get("access_token")));

        String presented = bad.present(emulator, tokens);

        assertUnauthorizedBearer(calls.api("companysettings", presented));
    }

    @Test
    void aTokenStillWorksJustBeforeItsHourIsUp() {
        String token = demoToken();
        emulator.control().advanceClock(Duration.ofMinutes(59).plusSeconds(50));

        ok(calls.api("companysettings", token));
    }

    @Test
    void ignoresATokenPassedAsAQueryParameter() {
        String token = demoToken();

        HttpResponse<String> response = new Browserless().send(HttpRequest.newBuilder(emulator.apiBaseUri()
                .resolve("companysettings?access_token=" + Browserless.encode(token))).GET().build());

        assertUnauthorizedBearer(response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"companysettings", "customers"})
    void refusesASalesEndpointToATokenWithoutASalesScopeWith4006(String path) {
        HttpResponse<String> response = calls.api(path, accessToken("demo", "Demo AB", WITHOUT_SALES));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo(4006);
        assertThat((String) json(response).get("DeveloperErrorMessage")).isNotBlank();
        assertThat((String) json(response).get("ErrorId")).isNotBlank();
    }

    @Test
    void usersNeedsNoSalesScope() {
        Map<String, Object> page = ok(calls.api("users", accessToken("demo", "Demo AB", WITHOUT_SALES)));

        assertThat(data(page)).isNotEmpty();
    }

    @Test
    void acceptsTheReadOnlySalesScope() {
        String token = accessToken("demo", "Demo AB", "openid offline_access ea:api ea:sales_readonly");

        assertThat(ok(calls.api("companysettings", token)).get("Name")).isEqualTo("Demo AB");
        assertThat(meta(ok(calls.api("customers", token)), "TotalNumberOfResults")).isEqualTo(DEMO_AB_CUSTOMERS);
    }

    @Test
    void theCallAfterTheLimitGets429WithErrorCode4010AndWhenToRetry() {
        emulator.control().rateLimitPerMinute(5);
        String token = demoToken();
        for (int call = 1; call <= 5; call++) {
            assertThat(calls.api("companysettings", token).statusCode()).as("call %d", call).isEqualTo(200);
        }

        HttpResponse<String> sixth = calls.api("companysettings", token);

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(errorCode(sixth)).isEqualTo(4010);
        assertThat(retryAfterSeconds(sixth)).isBetween(1L, 60L);
        assertThat((String) json(sixth).get("ErrorId")).isNotBlank();
        assertThat(emulator.control().count(Counter.RATE_LIMITED_API_CALLS)).isEqualTo(1);
    }

    @Test
    void theRetryTimeShrinksAsTheMinutePassesAndTheLimitLiftsAfterIt() {
        emulator.control().rateLimitPerMinute(5);
        String token = demoToken();
        for (int call = 1; call <= 5; call++) {
            ok(calls.api("customers", token));
        }

        emulator.control().advanceClock(Duration.ofSeconds(30));
        HttpResponse<String> halfwayThrough = calls.api("customers", token);
        emulator.control().advanceClock(Duration.ofSeconds(31));
        HttpResponse<String> afterTheMinute = calls.api("customers", token);

        assertThat(halfwayThrough.statusCode()).isEqualTo(429);
        assertThat(retryAfterSeconds(halfwayThrough)).isBetween(1L, 30L);
        assertThat(afterTheMinute.statusCode()).isEqualTo(200);
        assertThat(emulator.control().count(Counter.RATE_LIMITED_API_CALLS)).isEqualTo(1);
    }

    @Test
    void theLimitIsPerEndpointAndPerClientNotPerUserOrToken() {
        String demo = demoToken();
        String solo = accessToken("solo", "Solo Konsult AB", SignIn.SCOPE);
        String secondClient = secondClientToken();
        emulator.control().rateLimitPerMinute(5);
        for (int call = 1; call <= 5; call++) {
            ok(calls.api("companysettings", demo));
        }

        assertThat(calls.api("companysettings", demo).statusCode()).isEqualTo(429);
        assertThat(calls.api("companysettings", solo).statusCode()).as("same client, other user").isEqualTo(429);
        assertThat(calls.api("users", demo).statusCode()).as("other endpoint").isEqualTo(200);
        assertThat(calls.api("customers", demo).statusCode()).as("other endpoint").isEqualTo(200);
        assertThat(calls.api("companysettings", secondClient).statusCode()).as("other client").isEqualTo(200);
        assertThat(emulator.control().count(Counter.RATE_LIMITED_API_CALLS)).isEqualTo(2);
    }

    @Test
    void theBuilderSetsTheRateLimit() {
        try (VismaEmulator limited = VismaEmulator.builder().rateLimitPerMinute(2).start()) {
            TokenCalls limitedCalls = new TokenCalls(limited, new Browserless());
            SignIn signIn = new SignIn(limited, new Browserless());
            String token = (String) tokens(limitedCalls.redeem(signIn.code(), signIn.verifier().getValue()))
                    .get("access_token");

            assertThat(limitedCalls.api("users", token).statusCode()).isEqualTo(200);
            assertThat(limitedCalls.api("users", token).statusCode()).isEqualTo(200);
            assertThat(limitedCalls.api("users", token).statusCode()).isEqualTo(429);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "bob"})
    void usersOfASharedCompanyListsEveryMemberAndMarksOnlyTheCaller(String username) throws Exception {
        Map<String, Object> tokens = signIn(username, "Shared AB", SignIn.SCOPE);
        String subject = SignedJWT.parse((String) tokens.get("id_token")).getJWTClaimsSet().getSubject();

        List<Map<String, Object>> users = data(ok(calls.api("users", (String) tokens.get("access_token"))));

        assertThat(users).extracting(user -> user.get("Email"))
                .containsExactlyInAnyOrder("alice@example.com", "bob@example.com");
        assertThat(users).filteredOn(user -> Boolean.TRUE.equals(user.get("IsCurrentUser")))
                .singleElement()
                .satisfies(user -> assertThat(user.get("Id")).isEqualTo(subject))
                .satisfies(user -> assertThat(user.get("Email")).isEqualTo(username + "@example.com"));
        assertThat(users).filteredOn(user -> Boolean.FALSE.equals(user.get("IsCurrentUser"))).hasSize(1);
    }

    @Test
    void usersOfACompanyWithOneMemberListsOnlyTheCaller() {
        List<Map<String, Object>> users = data(ok(calls.api("users", demoToken())));

        assertThat(users).singleElement().satisfies(user -> {
            assertThat(user.get("Email")).isEqualTo("demo@example.com");
            assertThat(user.get("IsCurrentUser")).isEqualTo(true);
        });
    }

    @Test
    void pagesDemoAbsCustomersWithMetaAndDataAndAnEmptyPageAfterTheLast() {
        String token = demoToken();
        Set<Object> ids = new HashSet<>();
        List<Map<String, Object>> pages = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            Map<String, Object> body = ok(calls.api("customers?$pagesize=100&$page=" + page, token));
            pages.add(body);
            data(body).forEach(customer -> ids.add(customer.get("Id")));
        }

        for (int page = 1; page <= 4; page++) {
            Map<String, Object> body = pages.get(page - 1);
            assertThat(meta(body, "CurrentPage")).isEqualTo(page);
            assertThat(meta(body, "PageSize")).isEqualTo(100);
            assertThat(meta(body, "TotalNumberOfPages")).isEqualTo(4);
            assertThat(meta(body, "TotalNumberOfResults")).isEqualTo(DEMO_AB_CUSTOMERS);
        }
        assertThat(data(pages.get(0))).hasSize(100);
        assertThat(data(pages.get(1))).hasSize(100);
        assertThat(data(pages.get(2))).hasSize(100);
        assertThat(data(pages.get(3))).hasSize(12);
        assertThat(ids).as("every customer once").hasSize(DEMO_AB_CUSTOMERS);
        assertThat(data(ok(calls.api("customers?$pagesize=100&$page=5", token)))).as("after the last page").isEmpty();
    }

    @Test
    void listsTheFirstPageOfFiftyWithoutPagingParameters() {
        Map<String, Object> body = ok(calls.api("customers", demoToken()));

        assertThat(meta(body, "CurrentPage")).isEqualTo(1);
        assertThat(meta(body, "PageSize")).isEqualTo(50);
        assertThat(data(body)).hasSize(50);
    }

    @ParameterizedTest
    @ValueSource(strings = {"$page=0", "$page=abc", "$page=-1", "$pagesize=0", "$pagesize=ten"})
    void refusesAPageOrPageSizeThatIsNotAPositiveWholeNumber(String query) {
        HttpResponse<String> response = calls.api("customers?" + query, demoToken());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("ErrorCode")).isInstanceOf(Number.class);
        assertThat((String) json(response).get("DeveloperErrorMessage")).contains(query.split("=")[0]);
        assertThat((String) json(response).get("ErrorId")).isNotBlank();
    }

    @Test
    void everyCompanyHasItsOwnCustomers() {
        Map<String, Object> demoAb = ok(calls.api("customers?$pagesize=1000", demoToken()));
        Map<String, Object> norge = ok(calls.api("customers?$pagesize=1000",
                accessToken("demo", "Demo Norge AS", SignIn.SCOPE)));

        assertThat(meta(demoAb, "TotalNumberOfResults")).isEqualTo(DEMO_AB_CUSTOMERS);
        assertThat(meta(norge, "TotalNumberOfResults")).isEqualTo(DEMO_NORGE_CUSTOMERS);
        assertThat(data(norge)).hasSize(DEMO_NORGE_CUSTOMERS);
        Set<Object> demoAbIds = new HashSet<>();
        data(demoAb).forEach(customer -> demoAbIds.add(customer.get("Id")));
        assertThat(data(norge)).extracting(customer -> customer.get("Id")).doesNotContainAnyElementsOf(demoAbIds);
        assertThat(data(norge)).allSatisfy(customer -> assertThat(customer.get("InvoiceCountryCode")).isEqualTo("NO"));
    }
}

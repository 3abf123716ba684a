package io.github.vismaidentity.emulator;

import static io.github.vismaidentity.emulator.support.TokenCalls.json;
import static io.github.vismaidentity.emulator.support.TokenCalls.tokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.control.Fault;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.emulator.support.SignIn;
import io.github.vismaidentity.emulator.support.TokenCalls;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EmulatorControlTest extends EmulatorTestBase {

    private EmulatorControl control;

    @BeforeEach
    void useControl() {
        control = emulator.control();
    }

    /** A whole sign-in in its own browser, and the token response for its code. */
    private Map<String, Object> signIn(String username, String company) {
        SignIn signIn = new SignIn(emulator, new Browserless());
        String code = signIn.complete(username, username, company).get("code");
        return tokens(calls.redeem(code, signIn.verifier().getValue()));
    }

    private String refreshToken() {
        return (String) signIn("demo", "Demo AB").get("refresh_token");
    }

    /** A refresh by a client that gives up after {@code timeout}; IOException when no answer comes. */
    private HttpResponse<String> refreshWithin(String refreshToken, Duration timeout)
            throws IOException, InterruptedException {
        return browser.http().send(refreshRequest(refreshToken, timeout), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest refreshRequest(String refreshToken, Duration timeout) {
        return HttpRequest.newBuilder(emulator.tokenEndpoint())
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", TokenCalls.demoBasic())
                .POST(HttpRequest.BodyPublishers.ofString(Browserless.form(
                        Map.of("grant_type", "refresh_token", "refresh_token", refreshToken))))
                .build();
    }

    private void assertInvalidGrant(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error")).isEqualTo("invalid_grant");
    }

    @Test
    void aDelayOutlastsAShortClientTimeoutOnceAndTheNextRequestIsAnsweredInTime() throws Exception {
        String delayed = refreshToken();
        String fresh = refreshToken();
        control.injectFault(Endpoint.TOKEN, Fault.delay(Duration.ofSeconds(3)), 1);

        assertThatThrownBy(() -> refreshWithin(delayed, Duration.ofMillis(500))).isInstanceOf(HttpTimeoutException.class);
        HttpResponse<String> next = refreshWithin(fresh, Duration.ofSeconds(2));

        assertThat(next.statusCode()).as("answered well within the 3 s delay").isEqualTo(200);
        assertThat(control.count(Counter.FAULTS_INJECTED)).isEqualTo(1);
    }

    @Test
    void aServerErrorIsAnHtml500AndLeavesTheRefreshTokenUnspent() {
        String refreshToken = refreshToken();
        control.injectFault(Endpoint.TOKEN, Fault.serverError(), 1);

        HttpResponse<String> failed = calls.refresh(refreshToken);

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(failed.body()).contains("<html").doesNotContain("access_token");
        assertThat(calls.refresh(refreshToken).statusCode()).as("the token still works").isEqualTo(200);
        assertThat(control.count(Counter.REFRESH_TOKEN_REUSES)).isZero();
    }

    @Test
    void aDroppedResponseLeavesTheClientWithoutAnswerAfterTheRefreshTokenWasRotated() {
        String refreshToken = refreshToken();
        control.injectFault(Endpoint.TOKEN, Fault.dropResponse(), 1);

        assertThatThrownBy(() -> refreshWithin(refreshToken, Duration.ofSeconds(20)))
                .isInstanceOf(IOException.class).isNotInstanceOf(HttpTimeoutException.class);
        HttpResponse<String> retry = calls.refresh(refreshToken);

        assertInvalidGrant(retry);
        assertThat(control.count(Counter.REFRESH_TOKEN_REUSES)).isEqualTo(1);
        assertThat(control.count(Counter.TOKEN_RESPONSES)).as("code redemption and the dropped refresh").isEqualTo(2);
    }

    @Test
    void aTruncatedResponseIsNotValidJsonAndTheRefreshTokenWasRotated() {
        String refreshToken = refreshToken();
        control.injectFault(Endpoint.TOKEN, Fault.truncateResponse(), 1);

        HttpResponse<String> truncated = calls.refresh(refreshToken);

        assertThat(truncated.statusCode()).isEqualTo(200);
        assertThat(truncated.body()).startsWith("{");
        assertThatThrownBy(() -> JSONObjectUtils.parse(truncated.body())).isInstanceOf(java.text.ParseException.class);
        assertInvalidGrant(calls.refresh(refreshToken));
        assertThat(control.count(Counter.REFRESH_TOKEN_REUSES)).isEqualTo(1);
    }

    @Test
    void aStalledBodyBringsTheHeadersAndHalfTheBodyThenNothingAfterTheRefreshTokenWasRotated() throws Exception {
        String refreshToken = refreshToken();
        control.injectFault(Endpoint.TOKEN, Fault.stallBody(Duration.ofMinutes(5)), 1);

        HttpResponse<InputStream> stalled = browser.http().send(refreshRequest(refreshToken, Duration.ofSeconds(10)),
                HttpResponse.BodyHandlers.ofInputStream());
        int length = Math.toIntExact(stalled.headers().firstValueAsLong("Content-Length").orElseThrow());
        InputStream body = stalled.body();
        byte[] half = body.readNBytes(length / 2);
        CompletableFuture<Integer> rest = CompletableFuture.supplyAsync(() -> {
            try {
                return body.read();
            } catch (IOException e) {
                return -1;
            }
        });

        assertThat(stalled.statusCode()).as("headers within the client's 10 s").isEqualTo(200);
        assertThat(new String(half, StandardCharsets.UTF_8)).startsWith("{");
        assertThatThrownBy(() -> rest.get(2, TimeUnit.SECONDS)).as("the rest of the body never comes")
                .isInstanceOf(TimeoutException.class);
        assertInvalidGrant(calls.refresh(refreshToken));
    }

    @Test
    void anOversizedBodyIsTheWholeAnswerPaddedWithSpacesToTheGivenSize() {
        String refreshToken = refreshToken();
        control.injectFault(Endpoint.TOKEN, Fault.oversizedBody(2 * 1024 * 1024), 1);

        HttpResponse<String> oversized = calls.refresh(refreshToken);

        assertThat(oversized.statusCode()).isEqualTo(200);
        assertThat(oversized.headers().firstValueAsLong("Content-Length")).hasValue(2 * 1024 * 1024);
        assertThat(oversized.body()).hasSize(2 * 1024 * 1024).endsWith("   ");
        assertThat(json(oversized).get("access_token")).as("still a valid token response").isNotNull();
        assertInvalidGrant(calls.refresh(refreshToken));
    }

    @Test
    void aFaultArmedForTwoRequestsAppliesToExactlyTwo() {
        String refreshToken = refreshToken();
        control.injectFault(Endpoint.TOKEN, Fault.serverError(), 2);

        List<Integer> statuses = Stream.generate(() -> calls.refresh(refreshToken).statusCode()).limit(3).toList();

        assertThat(statuses).containsExactly(500, 500, 200);
        assertThat(control.count(Counter.FAULTS_INJECTED)).isEqualTo(2);
    }

    @Test
    void aTokenEndpointFaultLeavesOtherEndpointsAlone() {
        control.injectFault(Endpoint.TOKEN, Fault.serverError(), 1);

        assertThat(browser.get(emulator.jwksUri()).statusCode()).isEqualTo(200);
        assertThat(browser.get(emulator.discoveryUri()).statusCode()).isEqualTo(200);
        assertThat(calls.refresh("unknown").statusCode()).as("still armed for the token endpoint").isEqualTo(500);
        assertThat(control.count(Counter.FAULTS_INJECTED)).isEqualTo(1);
    }

    @Test
    void clearFaultsDisarmsEveryEndpoint() {
        String refreshToken = refreshToken();
        control.injectFault(Endpoint.TOKEN, Fault.serverError(), 5);
        control.injectFault(Endpoint.JWKS, Fault.dropResponse(), 5);

        control.clearFaults();

        assertThat(calls.refresh(refreshToken).statusCode()).isEqualTo(200);
        assertThat(browser.get(emulator.jwksUri()).statusCode()).isEqualTo(200);
        assertThat(control.count(Counter.FAULTS_INJECTED)).isZero();
    }

    @Test
    void refusesToArmAFaultForLessThanOneRequest() {
        assertThatThrownBy(() -> control.injectFault(Endpoint.TOKEN, Fault.serverError(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(calls.refresh("unknown").statusCode()).as("nothing armed").isEqualTo(400);
    }

    @Test
    void revokingAUserEndsEachOfTheirSignInsAndNoOneElses() {
        Map<String, Object> first = signIn("demo", "Demo AB");
        Map<String, Object> second = signIn("demo", "Demo AB");
        Map<String, Object> solo = signIn("solo", "Solo Konsult AB");

        int revoked = control.revokeAllTokensOf("demo");

        assertThat(revoked).isEqualTo(2);
        for (Map<String, Object> demo : List.of(first, second)) {
            assertInvalidGrant(calls.refresh((String) demo.get("refresh_token")));
            assertThat(calls.api("companysettings", (String) demo.get("access_token")).statusCode()).isEqualTo(401);
        }
        assertThat(calls.api("companysettings", (String) solo.get("access_token")).statusCode()).isEqualTo(200);
        assertThat(calls.refresh((String) solo.get("refresh_token")).statusCode()).isEqualTo(200);
    }

    @Test
    void revokingAUserSignsThemOutOfTheirBrowser() {
        new SignIn(emulator, browser).code();
        assertThat(new SignIn(emulator, browser).authorize().headers().firstValue("Location"))
                .as("signed in silently before").hasValueSatisfying(location -> assertThat(location).contains("code="));

        control.revokeAllTokensOf("demo");

        assertThat(Browserless.location(new SignIn(emulator, browser).authorize()).getPath()).isEqualTo("/account/login");
    }

    @Test
    void refusesToRevokeAnUnknownUserAndNamesIt() {
        assertThatThrownBy(() -> control.revokeAllTokensOf("nobody"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody");
    }

    @Test
    void theAccessTokenLifetimeSetsTheNextExpiresInAndTheTokenDiesAfterIt() {
        String refreshToken = refreshToken();
        control.accessTokenLifetime(Duration.ofSeconds(120));

        Map<String, Object> refreshed = tokens(calls.refresh(refreshToken));
        String accessToken = (String) refreshed.get("access_token");

        assertThat(((Number) refreshed.get("expires_in")).longValue()).isEqualTo(120);
        control.advanceClock(Duration.ofSeconds(119));
        assertThat(calls.api("companysettings", accessToken).statusCode()).isEqualTo(200);
        control.advanceClock(Duration.ofSeconds(2));
        assertThat(calls.api("companysettings", accessToken).statusCode()).isEqualTo(401);
    }

    @Test
    void theCodeLifetimeDecidesWhenCodesExpire() {
        control.codeLifetime(Duration.ofSeconds(30));
        SignIn inTime = new SignIn(emulator, new Browserless());
        String inTimeCode = inTime.code();
        control.advanceClock(Duration.ofSeconds(29));
        assertThat(calls.redeem(inTimeCode, inTime.verifier().getValue()).statusCode()).isEqualTo(200);

        SignIn late = new SignIn(emulator, new Browserless());
        String lateCode = late.code();
        control.advanceClock(Duration.ofSeconds(31));

        assertInvalidGrant(calls.redeem(lateCode, late.verifier().getValue()));
    }

    @Test
    void theRefreshTokenLifetimeDecidesWhenRefreshTokensExpire() {
        control.refreshTokenLifetime(Duration.ofHours(1));
        String early = refreshToken();
        String late = refreshToken();

        control.advanceClock(Duration.ofMinutes(59));
        assertThat(calls.refresh(early).statusCode()).isEqualTo(200);
        control.advanceClock(Duration.ofMinutes(2));

        assertInvalidGrant(calls.refresh(late));
    }

    static Stream<Arguments> lifetimeSettersWithBadValues() {
        List<Named<BiConsumer<EmulatorControl, Duration>>> setters = List.of(
                Named.of("accessTokenLifetime", EmulatorControl::accessTokenLifetime),
                Named.of("refreshTokenLifetime", EmulatorControl::refreshTokenLifetime),
                Named.of("codeLifetime", EmulatorControl::codeLifetime));
        return setters.stream().flatMap(setter -> Stream.of(Duration.ZERO, Duration.ofSeconds(-1), Duration.ofDays(-3))
                .map(value -> Arguments.of(setter, value)));
    }

    @ParameterizedTest(name = "{0}({1})")
    @MethodSource("lifetimeSettersWithBadValues")
    void refusesALifetimeThatIsNotPositive(BiConsumer<EmulatorControl, Duration> setter, Duration value) {
        assertThatThrownBy(() -> setter.accept(control, value))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        SignIn signIn = new SignIn(emulator, new Browserless());
        Map<String, Object> tokens = tokens(calls.redeem(signIn.code(), signIn.verifier().getValue()));
        assertThat(((Number) tokens.get("expires_in")).longValue()).as("defaults unchanged").isEqualTo(3600);
    }

    @Test
    void countsRequestsAndEventsByNameAndResetsThem() {
        String refreshToken = refreshToken();
        calls.refresh(refreshToken);
        calls.refresh(refreshToken);

        assertThat(control.requests(Endpoint.TOKEN)).isEqualTo(3);
        assertThat(control.count(Counter.TOKEN_RESPONSES)).isEqualTo(2);
        assertThat(control.count(Counter.REFRESH_TOKEN_REUSES)).isEqualTo(1);
        assertThat(control.counters())
                .containsEntry("requests.token", 3L)
                .containsEntry("requests.jwks", 0L)
                .containsEntry("token-responses", 2L)
                .containsEntry("refresh-token-reuses", 1L)
                .containsEntry("authorization-code-grants", 1L);

        control.resetCounters();

        assertThat(control.counters()).isNotEmpty();
        assertThat(control.counters().values()).containsOnly(0L);
        assertThat(control.requests(Endpoint.TOKEN)).isZero();
        assertThat(control.count(Counter.REFRESH_TOKEN_REUSES)).isZero();
    }

    @Test
    void theClockMovesForwardOnly() {
        Instant before = control.now();

        control.advanceClock(Duration.ofDays(1));

        assertThat(control.now()).isAfterOrEqualTo(before.plus(Duration.ofDays(1)));
        assertThatThrownBy(() -> control.advanceClock(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(control.now()).as("not moved back").isAfterOrEqualTo(before.plus(Duration.ofDays(1)));
    }

    @Test
    void fiftyConcurrentRedemptionsOfOneRefreshTokenLetExactlyOneThrough() throws Exception {
        String refreshToken = refreshToken();
        int threads = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<HttpResponse<String>> responses = new ArrayList<>();
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return calls.refresh(refreshToken);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(responses).filteredOn(response -> response.statusCode() == 200).hasSize(1);
        assertThat(responses).filteredOn(response -> response.statusCode() == 400
                && "invalid_grant".equals(json(response).get("error"))).hasSize(threads - 1);
        assertThat(control.count(Counter.REFRESH_TOKEN_REUSES)).isEqualTo(threads - 1);
    }
}

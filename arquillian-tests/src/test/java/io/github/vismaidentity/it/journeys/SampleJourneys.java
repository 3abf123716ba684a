package io.github.vismaidentity.it.journeys;

import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.control.Fault;
import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.directory.SeededCustomer;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.emulator.support.TokenCalls;
import io.github.vismaidentity.it.support.Browsers;
import org.htmlunit.WebClient;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static io.github.vismaidentity.it.support.VismaPages.logIn;
import static io.github.vismaidentity.it.support.VismaPages.pick;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample's journeys, walked with HtmlUnit like a person: connect, the company and its customers, another
 * company, the background job, disconnect, sign out, and the error pages; and, in {@link CustomerFormJourneys}, the
 * page that writes (a class of its own only to keep each file short: a server runs both as one class).
 * {@link SampleApp} deploys the sample and starts the emulator.
 */
public abstract class SampleJourneys extends CustomerFormJourneys {

    /** What the background job shows for a company it read. */
    private static final String READ = "read its settings";
    /** How the home page shows an active connection's status. */
    private static final String CONNECTED = "Connected";
    /** How the sample's pages show a time: to the second, in UTC. */
    private static final DateTimeFormatter PAGE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Test
    void theHomePageIsPublicAndItsConnectButtonLandsOnTheCompanyWithItsNameAndIdentifierAsVismaHoldsThem()
            throws Exception {
        HtmlPage home = open("");

        assertThat(home.getUrl()).as("no sign-in for the home page").isEqualTo(app);
        assertThat(home.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(home.getElementById("caller")).as("nobody signed in").isNull();

        HtmlPage company = pick(logIn(home.getHtmlElementById("connect").click(), "demo"), DEMO_AB.name());

        assertThat(company.getUrl()).isEqualTo(new URL(app, "company"));
        assertThat(text(company, "company-name")).isEqualTo(DEMO_AB.name());
        assertThat(text(company, "company-identifier")).isEqualTo(DEMO_AB.id());
        assertThat(text(company, "user-name")).startsWith(DEMO.name()).contains(DEMO.subject());
        assertThat(text(company, "caller")).isEqualTo("Signed in to " + DEMO_AB.name());
    }

    @Test
    void theCustomersPageShowsTheCompanysCustomersTenAtATimeAndPagesThroughThem() throws Exception {
        int pages = (DEMO_AB.customers() + 9) / 10;

        HtmlPage first = pick(logIn(open("customers"), "demo"), DEMO_AB.name());

        assertThat(first.getUrl()).isEqualTo(new URL(app, "customers"));
        assertThat(text(first, "customer-count"))
                .isEqualTo(DEMO_AB.customers() + " customers, page 1 of " + pages + ".");
        assertThat(customers(first)).hasSize(10).first().isEqualTo(customer(1));
        assertThat(first.getElementById("previous")).isNull();

        HtmlPage second = first.getHtmlElementById("next").click();

        assertThat(second.getUrl()).isEqualTo(new URL(app, "customers?page=2"));
        assertThat(customers(second)).hasSize(10).first().isEqualTo(customer(11));
        assertThat(second.getElementById("previous")).isNotNull();

        HtmlPage last = open("customers?page=" + pages);

        assertThat(text(last, "customer-count")).endsWith("page " + pages + " of " + pages + ".");
        assertThat(customers(last)).hasSize(DEMO_AB.customers() - (pages - 1) * 10).last()
                .isEqualTo(customer(DEMO_AB.customers()));
        assertThat(last.getElementById("next")).isNull();
    }

    @Test
    void connectingAnotherCompanyShowsItAndTheHomePageListsBothOfTheUsersConnections() throws Exception {
        HtmlPage first = pick(logIn(open("company"), "demo"), DEMO_AB.name());

        HtmlPage other = pick(first.getHtmlElementById("connect-another").click(), DEMO_NORGE.name());

        assertThat(other.getUrl()).isEqualTo(new URL(app, "company"));
        assertThat(text(other, "company-name")).isEqualTo(DEMO_NORGE.name());
        assertThat(text(other, "company-identifier")).isEqualTo(DEMO_NORGE.id());
        assertThat(rows(open(""), "connections")).filteredOn(row -> DEMO.companies().stream()
                        .anyMatch(company -> company.name().equals(row.get(0))))
                .map(row -> row.subList(0, 2))
                .containsExactlyInAnyOrder(List.of(DEMO_AB.name(), CONNECTED), List.of(DEMO_NORGE.name(), CONNECTED));
    }

    @Test
    void theBackgroundJobReadsEveryConnectedCompanyWithNobodySignedInAndItsUserSeesTheResult() throws Exception {
        HtmlPage first = pick(logIn(open("company"), "demo"), DEMO_AB.name());
        pick(first.getHtmlElementById("connect-another").click(), DEMO_NORGE.name());
        Instant connected = Instant.now();

        // The job runs on its own timer, whoever is signed in; demo's home page shows what it did with demo's companies.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            HtmlPage home = open("");
            assertThat(PAGE_TIME.parse(text(home, "job-last-run").replace("Last run:", "").trim(), Instant::from))
                    .as("the job's last run").isAfter(connected);
            List<String> active = rows(home, "connections").stream()
                    .filter(row -> row.get(1).equals(CONNECTED)).map(row -> row.get(0)).toList();
            assertThat(active).containsExactlyInAnyOrder(DEMO_AB.name(), DEMO_NORGE.name());
            assertThat(rows(home, "job-checks")).map(row -> row.subList(0, 2))
                    .containsExactlyInAnyOrderElementsOf(active.stream().map(name -> List.of(name, READ)).toList());
        });
    }

    @Test
    void theHomePageShowsAnonymousVisitorsNoCompanyAndEachUserOnlyTheirOwnConnections() throws Exception {
        pick(logIn(open("company"), "demo"), DEMO_AB.name());
        List<String> everyCompany = Seed.users().stream().flatMap(user -> user.companies().stream())
                .map(Company::name).toList();

        try (WebClient solo = Browsers.htmlUnit()) {
            logIn(solo.getPage(new URL(app, "company")), "solo");
            HtmlPage soloHome = solo.getPage(app);

            assertThat(rows(soloHome, "connections")).map(row -> row.get(0)).containsExactly(SOLO_KONSULT.name());
            assertThat(soloHome.getWebResponse().getContentAsString()).as("solo's home page")
                    .doesNotContain(DEMO_AB.name(), DEMO_NORGE.name());
        }
        try (WebClient anonymous = Browsers.htmlUnit()) {
            HtmlPage home = anonymous.getPage(app);

            assertThat(home.getElementById("caller")).as("nobody signed in").isNull();
            assertThat(everyCompany).as("company names on the anonymous home page")
                    .noneMatch(home.getWebResponse().getContentAsString()::contains);
        }
        assertThat(rows(open(""), "connections")).map(row -> row.get(0)).contains(DEMO_AB.name())
                .doesNotContain(SOLO_KONSULT.name());
    }

    @Test
    void disconnectingRevokesTheConnectionAtVismaAndTakesItOffTheHomePage() throws Exception {
        List<String> before = visma.control().issuedSecrets();
        HtmlPage company = logIn(open("company"), "solo");
        List<String> issued = visma.control().issuedSecrets().subList(before.size(), visma.control().issuedSecrets().size());
        assertThat(text(company, "company-name")).isEqualTo(SOLO_KONSULT.name());
        List<String> accessTokens = issued.stream().filter(value -> api(value) == 200).toList();
        List<String> refreshTokens = issued.stream().filter(value -> !isJwt(value))
                .filter(value -> refreshFor(value, "ea:accounting").body().contains("invalid_scope")).toList();
        assertThat(accessTokens).as("the access token of solo's sign-in, accepted by the API").isNotEmpty();
        assertThat(refreshTokens).as("the refresh token of solo's sign-in, known and unspent").hasSize(1);
        long revocations = visma.control().requests(Endpoint.REVOCATION);

        HtmlPage home = company.getHtmlElementById("disconnect").click();

        assertThat(home.getUrl()).isEqualTo(new URL(app, "?disconnected"));
        assertThat(home.getElementById("disconnected")).as("the notice").isNotNull();
        assertThat(home.getElementById("caller")).as("signed out").isNull();
        assertThat(rows(home, "connections").stream().map(row -> row.get(0))).doesNotContain(SOLO_KONSULT.name());
        assertThat(visma.control().requests(Endpoint.REVOCATION)).as("revocations at Visma").isEqualTo(revocations + 1);
        // Only the status on failure: a body with new tokens stays out of the test reports.
        HttpResponse<String> refresh = refreshFor(refreshTokens.get(0), null);
        assertThat(refresh.statusCode()).as("a refresh with the disconnected refresh token").isEqualTo(400);
        assertThat(refresh.body()).contains("invalid_grant");
        assertThat(accessTokens).allSatisfy(token -> assertThat(api(token)).isEqualTo(401));
    }

    @Test
    void signingOutEndsTheSessionAtVismaTooSoAProtectedPageAsksForTheVismaLoginAgain() throws Exception {
        HtmlPage company = pick(logIn(open("company"), "demo"), DEMO_AB.name());
        assertThat(signOutToken(company)).as("the sign-out form's token").isNotBlank();
        long endSessions = visma.control().requests(Endpoint.END_SESSION);

        HtmlPage home = company.getHtmlElementById("sign-out").click();

        assertThat(home.getUrl()).isEqualTo(app);
        assertThat(home.getElementById("caller")).as("signed out").isNull();
        assertThat(visma.control().requests(Endpoint.END_SESSION)).isEqualTo(endSessions + 1);
        HtmlPage again = open("company");
        assertThat(again.getUrl().getPath()).as("Visma's login form").isEqualTo("/account/login");
    }

    @Test
    void aSignOutPostFromAnotherSiteWithoutTheFormsTokenSignsNobodyOutHereOrAtVisma() throws Exception {
        pick(logIn(open("company"), "demo"), DEMO_AB.name());
        long endSessions = visma.control().requests(Endpoint.END_SESSION);

        // What a form on another site makes the browser send: the session cookie, no token. A current browser
        // says where the form was; an older one does not, and then the token alone decides.
        WebResponse fromAnotherSite = post("visma/signout", List.of(),
                Map.of("Origin", "https://attacker.example", "Sec-Fetch-Site", "cross-site"));
        WebResponse fromAnOlderBrowser = post("visma/signout", List.of(), Map.of("Origin", "https://attacker.example"));

        assertSignOutRefused(fromAnotherSite, "VISMAID2091");
        assertSignOutRefused(fromAnOlderBrowser, "VISMAID2090");
        String token = signOutToken(open("company"));
        WebResponse withAGuessedToken = post("visma/signout",
                List.of(new NameValuePair("visma-sign-out", token.substring(1) + "x")), Map.of());
        WebResponse withTheTokenFromAnotherSite = post("visma/signout",
                List.of(new NameValuePair("visma-sign-out", token)), Map.of("Sec-Fetch-Site", "cross-site"));
        assertSignOutRefused(withAGuessedToken, "VISMAID2090");
        assertSignOutRefused(withTheTokenFromAnotherSite, "VISMAID2091");
        assertThat(visma.control().requests(Endpoint.END_SESSION)).as("end-session requests at Visma")
                .isEqualTo(endSessions);
        assertThat(text(open("company"), "company-name")).as("still signed in").isEqualTo(DEMO_AB.name());
    }

    @Test
    void anApiCallThatVismaAnswersWithAServerErrorGivesA502PageWithoutAStackTrace() throws Exception {
        pick(logIn(open("company"), "demo"), DEMO_AB.name());
        // Many times: the background job reads the same endpoint every few seconds.
        visma.control().injectFault(Endpoint.API_COMPANY_SETTINGS, Fault.serverError(), 1000);

        WebResponse failed = open("company").getWebResponse();

        assertProblemPage(failed, 502, "Visma eAccounting had a problem");
    }

    @Test
    void aRefreshThatVismaCannotAnswerGivesA503PageAndTheConnectionWorksOnceVismaIsBack() throws Exception {
        visma.control().accessTokenLifetime(Duration.ofSeconds(30)); // shorter than the refresh skew: every use refreshes
        pick(logIn(open("company"), "demo"), DEMO_AB.name());
        visma.control().injectFault(Endpoint.TOKEN, Fault.serverError(), 1000);
        visma.control().accessTokenLifetime(Duration.ofHours(1));

        WebResponse failed = open("company").getWebResponse();

        assertProblemPage(failed, 503, "Visma eAccounting could not be reached");
        assertThat(failed.getContentAsString()).contains("VISMAID4001");
        visma.control().clearFaults();
        HtmlPage back = open("company");
        assertThat(back.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(text(back, "company-name")).isEqualTo(DEMO_AB.name());
    }

    @Test
    void theApiRateLimitGivesA429PageThatSaysWhenToTryAgain() throws Exception {
        pick(logIn(open("customers"), "demo"), DEMO_AB.name());
        visma.control().rateLimitPerMinute(1);

        // The first call may open a new one-minute window (after the Bearer filter sat out the rest of the old
        // one); the next one within that minute is over the limit, and its wait is too long to sit out.
        WebResponse limited = open("customers").getWebResponse();
        for (int call = 0; call < 2 && limited.getStatusCode() == 200; call++) {
            limited = open("customers").getWebResponse();
        }

        assertProblemPage(limited, 429, "Visma eAccounting is limiting this app");
        assertThat(limited.getContentAsString()).containsPattern("Try again in \\d+ seconds")
                .contains("VISMAID5004"); // the client's RateLimitedException: the Bearer filter did not sit it out
    }

    @Test
    void aDisconnectByGetOrWithoutTheFormsCsrfFieldIsRefusedAndDisconnectsNothing() throws Exception {
        HtmlPage company = pick(logIn(open("company"), "demo"), DEMO_AB.name());
        String csrf = company.<HtmlElement>getFirstByXPath("//form[@action='" + app.getPath() + "disconnect']"
                + "/input[@name='csrf']").getAttribute("value");
        assertThat(csrf).as("the form's CSRF field").isNotBlank();
        long revocations = visma.control().requests(Endpoint.REVOCATION);

        WebResponse get = open("disconnect").getWebResponse();
        WebResponse withoutField = post("disconnect", List.of());
        WebResponse wrongField = post("disconnect", List.of(new NameValuePair("csrf", csrf + "x")));

        assertProblemPage(get, 405, "Not like this");
        assertProblemPage(withoutField, 403, "Not allowed");
        assertProblemPage(wrongField, 403, "Not allowed");
        assertThat(visma.control().requests(Endpoint.REVOCATION)).as("revocations at Visma").isEqualTo(revocations);
        assertThat(text(open("company"), "company-name")).as("still signed in").isEqualTo(DEMO_AB.name());
        assertThat(rows(open(""), "connections")).map(row -> row.subList(0, 2))
                .contains(List.of(DEMO_AB.name(), CONNECTED));
    }

    /** The hidden field of the page's sign-out form. */
    private String signOutToken(HtmlPage page) {
        HtmlElement field = page.getFirstByXPath("//form[@action='" + app.getPath() + "visma/signout']"
                + "/input[@name='visma-sign-out']");
        return field == null ? "" : field.getAttribute("value");
    }

    /** The extension's 403 page for a refused sign-out: the message ID, the user told they are still signed in. */
    private static void assertSignOutRefused(WebResponse response, String messageId) {
        String body = response.getContentAsString();
        assertThat(response.getStatusCode()).as(body).isEqualTo(403);
        assertThat(body).contains(messageId, "still signed in").doesNotContain("Exception", "\tat ");
    }

    /** Number and name of the company's {@code n}th customer, as the emulator makes them up. */
    private static List<String> customer(int n) {
        SeededCustomer customer = SeededCustomer.of(DEMO_AB, n);
        return List.of(customer.customerNumber(), customer.name());
    }

    private static boolean isJwt(String value) {
        return value.chars().filter(c -> c == '.').count() == 2;
    }

    /** The status of {@code /v2/companysettings} with {@code token} as the Bearer token. */
    private static int api(String token) {
        return new TokenCalls(visma, new Browserless()).api("companysettings", token).statusCode();
    }

    /** A refresh with {@code token} as the sample would send it; with {@code scope}, one Visma refuses unspent. */
    private static HttpResponse<String> refreshFor(String token, String scope) {
        String form = "grant_type=refresh_token&refresh_token=" + Browserless.encode(token)
                + (scope == null ? "" : "&scope=" + Browserless.encode(scope));
        return new TokenCalls(visma, new Browserless()).post(visma.tokenEndpoint(), "application/x-www-form-urlencoded",
                form, TokenCalls.basic(config.get(CLIENT_ID), config.get(CLIENT_SECRET)));
    }
}

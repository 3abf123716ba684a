package io.github.vismaidentity.samplerun;

import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.directory.Seed;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.github.vismaidentity.samplerun.LaunchedSample.freePort;
import static io.github.vismaidentity.samplerun.SamplePages.connect;
import static io.github.vismaidentity.samplerun.SamplePages.rows;
import static io.github.vismaidentity.samplerun.SamplePages.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 15 item 7, the README's two commands: two launchers with their own {@code --port} and {@code --data} on one
 * PostgreSQL, with one encryption key, are two nodes of one application. The first runs the emulated Visma and
 * takes the second's sign-ins ({@code --other-node-port}); the second finds it on the shared {@code --emulator-port}.
 * A company connected on one node is the other's too, and the background jobs of both keep both companies'
 * tokens refreshed: each refresh token is spent once (the emulator refuses a spent one, which would show as
 * "needs a new sign-in"), whichever node's job comes first.
 */
class TwoLaunchersOnPostgresqlIT {

    private static final List<Company> DEMO = Seed.users().get(0).companies();
    private static final String CONNECTED = "Connected";
    /** Refreshed when under 60 s (the extension's refresh skew) remain: every 10 s or so, by one node's job. */
    private static final String ACCESS_TOKEN_TTL = "70";
    private static final int REFRESHES = 3;

    @Test
    void twoLaunchersOnOnePostgresqlShareTheConnectedCompaniesAndBothJobsKeepThemRefreshed() throws Exception {
        int first = freePort();
        int second = freePort();
        int emulator = freePort();
        List<String> database = new ArrayList<>();
        try (TestPostgres postgres = TestPostgres.start(TestFolders.fresh("two-launchers-db"))) {
            database.addAll(List.of("--jdbc-url", postgres.url(), "--jdbc-user", TestPostgres.USER));
            Map<String, String> environment = Map.of(Database.PASSWORD_VARIABLE, TestPostgres.PASSWORD,
                    "VISMA_IDENTITY_ENCRYPTION_KEY", newKey(), "SAMPLE_REFRESH_INTERVAL", "PT5S");
            List<String> firstOptions = new ArrayList<>(database);
            firstOptions.addAll(List.of("--other-node-port", String.valueOf(second), "--access-token-ttl",
                    ACCESS_TOKEN_TTL));
            try (LaunchedSample nodeA = new LaunchedSample(TestFolders.JAR, TestFolders.fresh("two-launchers-a"), first,
                    emulator, environment, firstOptions)) {
                nodeA.awaitLine("Starting Payara Micro", Duration.ofMinutes(1));
                try (LaunchedSample nodeB = new LaunchedSample(TestFolders.JAR, TestFolders.fresh("two-launchers-b"),
                        second, emulator, environment, database);
                     WebClient browserA = SamplePages.browser();
                     WebClient browserB = SamplePages.browser()) {
                    nodeA.awaitReady(Duration.ofMinutes(5));
                    nodeB.awaitReady(Duration.ofMinutes(5));
                    assertThat(nodeA.console()).contains("It also takes the sign-ins of the sample at "
                            + nodeB.url("/"));
                    assertThat(nodeB.console()).contains("Visma is emulated at http://localhost:" + emulator
                            + "/ by the launcher that started it");

                    connectsAndShares(postgres, nodeA, nodeB, browserA, browserB);
                }
            }
        }
    }

    private static void connectsAndShares(TestPostgres postgres, LaunchedSample nodeA, LaunchedSample nodeB,
                                          WebClient browserA, WebClient browserB) throws Exception {
        Company onA = DEMO.get(0);
        Company onB = DEMO.get(1);
        assertThat(text(connect(browserA, nodeA.url("/"), "demo", onA.name()), "company-name")).isEqualTo(onA.name());
        assertThat(text(connect(browserB, nodeB.url("/"), "demo", onB.name()), "company-name")).isEqualTo(onB.name());
        long versionA = version(postgres, onA);
        long versionB = version(postgres, onB);

        await("refreshes of both companies by the two nodes' jobs").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                    assertThat(version(postgres, onA)).as(onA.name() + "'s row version").isGreaterThan(versionA + REFRESHES);
                    assertThat(version(postgres, onB)).as(onB.name() + "'s row version").isGreaterThan(versionB + REFRESHES);
                });

        assertThat(postgres.number("SELECT COUNT(*) FROM visma_token_set WHERE status = 'ACTIVE'"))
                .as("both sets still active: no spent refresh token was refused").isEqualTo(2);
        for (HtmlPage home : List.<HtmlPage>of(browserA.getPage(nodeA.url("/")), browserB.getPage(nodeB.url("/")))) {
            assertThat(rows(home, "connections")).as("demo's connections on " + home.getUrl())
                    .map(row -> row.subList(0, 2))
                    .containsExactlyInAnyOrder(List.of(onA.name(), CONNECTED), List.of(onB.name(), CONNECTED));
            assertThat(rows(home, "job-checks")).as("what the job of " + home.getUrl() + " last found")
                    .map(row -> row.subList(0, 2))
                    .containsExactlyInAnyOrder(List.of(onA.name(), "read its settings"),
                            List.of(onB.name(), "read its settings"));
        }
    }

    private static long version(TestPostgres postgres, Company company) throws Exception {
        return postgres.number("SELECT version FROM visma_token_set WHERE company_id = '" + company.id() + "'");
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}

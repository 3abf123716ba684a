package io.github.vismaidentity.it.wildfly;

import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.it.journeys.SignInJourneys;
import io.github.vismaidentity.it.signin.app.VismaSetup;
import io.github.vismaidentity.it.support.Browsers;
import io.github.vismaidentity.it.support.SharedVisma;
import io.github.vismaidentity.it.support.TestWar;
import io.github.vismaidentity.it.support.TokenRows;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.util.Arrays;

import static io.github.vismaidentity.it.support.VismaPages.logIn;
import static io.github.vismaidentity.it.support.VismaPages.pick;
import static io.github.vismaidentity.it.support.VismaPages.subjectOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The extension's metrics as WildFly 39's MicroProfile Telemetry exports them: this deployment alone switches
 * OpenTelemetry on (its own {@code otel.*} MicroProfile Config, as a user does; the server's configuration and
 * the other deployments stay as they are) and exports OTLP over HTTP every second to a receiver in this test.
 * After a sign-in and two pages that each refresh the token, the receiver has the extension's metrics with the
 * values the emulator and the token table confirm.
 */
@ExtendWith(ArquillianExtension.class)
class WildFlyMetricsIT {

    /** The journeys' context, client and key: the one emulator of the run knows that redirect URI only. */
    private static final String CONTEXT = SignInJourneys.CONTEXT;
    private static final String CLIENT_ID = SignInJourneys.CLIENT_ID;
    private static final String SCOPE = "io.github.vismaidentity";
    /** Started before the deployment, whose configuration names its port. */
    private static final OtlpReceiver RECEIVER = OtlpReceiver.start(SCOPE);

    private static VismaEmulator visma;
    private static URL app;

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        app = new URL("http", "localhost", Integer.getInteger("wildfly.http.port"), "/" + CONTEXT + "/");
        visma = SharedVisma.forApp(app, CLIENT_ID, SignInJourneys.CLIENT_SECRET);
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 42);
        String telemetry = String.join("\n",
                "otel.sdk.disabled=false",
                "otel.metrics.exporter=otlp",
                "otel.traces.exporter=none",
                "otel.logs.exporter=none",
                "otel.exporter.otlp.protocol=http/protobuf",
                "otel.exporter.otlp.endpoint=" + RECEIVER.endpoint().replace(":", "\\:"),
                "otel.metric.export.interval=1000", "");
        return TestWar.of(CONTEXT, visma, CLIENT_ID, SignInJourneys.CLIENT_SECRET, key, VismaSetup.class.getPackage())
                // A second microprofile-config.properties, in a library: MicroProfile Config reads them all.
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "telemetry-config.jar")
                        .addAsResource(new StringAsset(telemetry), "META-INF/microprofile-config.properties"));
    }

    /**
     * The receiver stays open until the test JVM ends: Arquillian undeploys after this, and the application's
     * OpenTelemetry exports once more as it shuts down.
     */
    @AfterAll
    static void restoreTokenLifetime() {
        visma.control().accessTokenLifetime(Duration.ofHours(1));
    }

    @Test
    void aSignInAndTwoRefreshesAreExportedWithTheirOutcomesDurationsAndTheTokenSetsByStatus() throws Exception {
        // The run's one emulator as the journeys leave it for the next class: no ID token defect, no fault.
        visma.control().clearIdTokenDefect();
        visma.control().clearFaults();
        visma.control().accessTokenLifetime(Duration.ofSeconds(30)); // shorter than the refresh skew: every use refreshes
        long grantsBefore = visma.control().count(Counter.REFRESH_TOKEN_GRANTS);
        try (WebClient browser = Browsers.htmlUnit()) {
            Page first = pick(logIn(browser.getPage(new URL(app, "visma/signin?login=true&pick-company=true&return=/"
                    + CONTEXT + "/protected/token")), "demo"), "Demo AB");
            Page second = browser.getPage(new URL(app, "protected/token"));
            assertThat(first.getWebResponse().getContentAsString()).startsWith("api-status=200");
            assertThat(second.getWebResponse().getContentAsString()).startsWith("api-status=200");
        }
        long refreshes = visma.control().count(Counter.REFRESH_TOKEN_GRANTS) - grantsBefore;
        long active = TokenRows.of(app).stream()
                .filter(row -> row.get(0).equals(CLIENT_ID) && row.get(TokenRows.STATUS).equals("ACTIVE")).count();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(RECEIVER.value("visma.identity.sign_ins{visma.identity.sign_in.outcome=success}"))
                    .as("%s", RECEIVER.all()).isEqualTo(1.0);
            assertThat(RECEIVER.value("visma.identity.refreshes{visma.identity.refresh.outcome=refreshed}"))
                    .as("%s", RECEIVER.all()).isEqualTo((double) refreshes);
            assertThat(RECEIVER.value("visma.identity.refresh.duration{visma.identity.refresh.outcome=refreshed}"))
                    .isEqualTo((double) refreshes);
            assertThat(RECEIVER.value("visma.identity.token_set.count{visma.identity.token_set.status=active}"))
                    .as("%s", RECEIVER.all()).isEqualTo((double) active);
        });
        assertThat(refreshes).as("refresh token grants at the emulator").isEqualTo(2);
        assertThat(RECEIVER.value("visma.identity.refresh.duration.sum{visma.identity.refresh.outcome=refreshed}"))
                .isPositive();
        assertThat(RECEIVER.all().keySet()).allSatisfy(point -> assertThat(point)
                .doesNotContain(subjectOf("demo"), "Demo AB", CLIENT_ID));
    }
}

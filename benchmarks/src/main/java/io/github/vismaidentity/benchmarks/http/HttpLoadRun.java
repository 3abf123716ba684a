package io.github.vismaidentity.benchmarks.http;

import io.github.vismaidentity.benchmarks.BenchmarkWiring;
import io.github.vismaidentity.benchmarks.RunOptions;
import io.github.vismaidentity.benchmarks.StormSignIns;
import io.github.vismaidentity.benchmarks.http.SideBySide.Variant;
import io.github.vismaidentity.benchmarks.http.SideBySide.Measured;
import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.directory.Client;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.support.Browserless;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The side-by-side HTTP run: one Payara Micro serving the same page four ways (unprotected, this extension,
 * Jakarta Security's built-in OpenID Connect mechanism, both signed in at the emulator, and the floor: a
 * mechanism that only reads the session), driven by wrk; then the refresh storm over HTTP. Writes its results
 * as markdown to {@code --out}. With {@code --profile FILE.jfr}, Payara runs with async-profiler and the results
 * add where its CPU goes on each variant's requests ({@link CpuProfile}).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.vismaidentity.benchmarks.http.HttpLoadRun</pre>
 */
public final class HttpLoadRun {

    private HttpLoadRun() {
    }

    public static void main(String[] args) throws Exception {
        // Read when the JDK's HTTP server is first used: without it its small writes wait for the client's
        // delayed ACK on loopback, and every token call would take some 40 ms more (the emulator's artefact).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        RunOptions options = new RunOptions(Arrays.asList(args));
        Path runtime = Path.of(options.text("--runtime", "benchmarks/target/http-load"));
        Path work = Files.createDirectories(runtime.resolve("run"));
        // Checked before anything starts: a missing profiler agent fails the run at once.
        Optional<CpuProfile> profile = Optional.ofNullable(options.text("--profile", null))
                .map(file -> CpuProfile.to(runtime, Path.of(file)));
        int port = options.number("--port", 8480);
        int stormUsers = options.number("--storm-users", 100);
        URI app = URI.create("http://localhost:" + port + "/");
        Client client = new Client(Seed.CLIENT_ID, Seed.CLIENT_SECRET, List.of(Seed.REDIRECT_URI,
                app.resolve("visma/visma/callback"), app.resolve("oidc/callback")), List.of(app));
        Wrk wrk = Wrk.prepare(work, options.number("--wrk-threads", 1), options.number("--connections", 32));
        try (VismaEmulator emulator = VismaEmulator.builder().port(options.number("--emulator-port", 8490))
                .clients(client).users(StormSignIns.users(1 + 2 * stormUsers)).rateLimitPerMinute(1_000_000)
                .admin(false).playground(false).start()) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            List<Path> wars = BenchWars.write(work.resolve("wars"), runtime.resolve("war-libs"), emulator,
                    Seed.CLIENT_ID, Seed.CLIENT_SECRET, key);
            List<String> jvmOptions = new ArrayList<>(options.all("--payara-jvm-option"));
            profile.ifPresent(agent -> jvmOptions.add(agent.jvmOption()));
            long starting = System.nanoTime();
            HttpLoadReport report;
            Map<Variant, List<Measured>> sideBySide = null;
            try (PayaraNode payara = PayaraNode.start(runtime,
                    Path.of(options.text("--post-boot", runtime.resolve("post-boot-derby-embedded.asadmin").toString())),
                    work, port, options.text("--heap", "1g"), jvmOptions, wars)) {
                System.out.printf("Payara Micro (pid %d) serves the four applications after %.0f s%n", payara.pid(),
                        (System.nanoTime() - starting) / 1e9);
                report = new HttpLoadReport(setUp(options, port));
                List<String> parts = List.of(options.text("--parts", "side-by-side,storm").split(","));
                if (parts.contains("side-by-side")) {
                    sideBySide = sideBySide(options, emulator, payara, wrk, report);
                }
                if (parts.contains("storm")) {
                    storm(options, emulator, payara, stormUsers, report);
                }
            }
            // Payara has stopped, so the profiler has written its recording.
            if (profile.isPresent() && sideBySide != null) {
                report.cpuProfile(profile.get().perRequest(sideBySide), profile.get().recording());
            }
            Path out = Path.of(options.text("--out", runtime.resolve("results.md").toString()));
            Files.writeString(out, report.markdown(), StandardCharsets.UTF_8);
            System.out.println();
            System.out.println(report.markdown());
            System.out.println("Written to " + out);
        }
    }

    private static Map<Variant, List<Measured>> sideBySide(RunOptions options, VismaEmulator emulator,
                                                           PayaraNode payara, Wrk wrk, HttpLoadReport report)
            throws Exception {
        String user = StormSignIns.username(0);
        BrowserSession visma = BrowserSession.signIn(emulator, payara.uri(BenchWars.VISMA + "/page"), user,
                StormSignIns.PASSWORD, StormSignIns.company(0));
        BrowserSession oidc = BrowserSession.signIn(emulator, payara.uri(BenchWars.OIDC + "/page"), user,
                StormSignIns.PASSWORD, StormSignIns.company(0));
        BrowserSession floor = BrowserSession.floor(payara.uri(BenchWars.FLOOR + "/page"), user);
        List<Variant> variants = List.of(
                new Variant("1. unprotected", payara.uri(BenchWars.PLAIN + "/page"), Optional.empty(), "caller=anonymous"),
                new Variant("2. this extension, signed in", payara.uri(BenchWars.VISMA + "/page"),
                        Optional.of(visma.cookieHeader()), visma.pageMarker()),
                new Variant("3. built-in `@OpenIdAuthenticationMechanismDefinition`, signed in",
                        payara.uri(BenchWars.OIDC + "/page"), Optional.of(oidc.cookieHeader()), oidc.pageMarker()),
                new Variant("4. floor: a mechanism that only reads the session", payara.uri(BenchWars.FLOOR + "/page"),
                        Optional.of(floor.cookieHeader()), floor.pageMarker()));
        int seconds = options.number("--seconds", 15);
        Map<Variant, List<Measured>> results = SideBySide.run(wrk, payara.pid(), variants,
                options.number("--warm-up", 15), seconds, options.number("--rounds", 5));
        report.sideBySide(results, options.number("--connections", 32), seconds);
        return results;
    }

    private static void storm(RunOptions options, VismaEmulator emulator, PayaraNode payara, int users,
                              HttpLoadReport report) throws Exception {
        emulator.control().accessTokenLifetime(HttpStorm.ACCESS_TOKEN_LIFETIME);
        List<BrowserSession> sessions = new ArrayList<>();
        for (int i = 1; i <= users; i++) {
            sessions.add(BrowserSession.signIn(emulator, payara.uri(BenchWars.VISMA + "/page"), StormSignIns.username(i),
                    StormSignIns.PASSWORD, StormSignIns.company(i)));
        }
        long lastIssued = System.nanoTime();
        VismaIdentitySettings settings = BenchmarkWiring.settings(Seed.CLIENT_ID, Seed.CLIENT_SECRET, emulator.issuer(),
                emulator.apiBaseUri(), Optional.of(Seed.REDIRECT_URI), "openid offline_access ea:api");
        StormSignIns direct = new StormSignIns(emulator, settings, Clock.systemUTC());
        Browserless browser = new Browserless();
        List<String> refreshTokens = new ArrayList<>();
        for (int i = users + 1; i <= 2 * users; i++) {
            refreshTokens.add(direct.signIn(i, browser).tokens().refreshToken());
        }
        System.out.printf("Signed in %d users at the extension's application, %d directly%n", users, users);
        int perUser = options.number("--storm-per-user", 2);
        int warmUps = options.number("--storm-warm-up", 10);
        List<HttpStorm.Result> warmUpStorms = new ArrayList<>();
        List<HttpStorm.Result> storms = new ArrayList<>();
        List<Latencies> bursts = new ArrayList<>();
        try (TokenEndpointBurst yardstick = new TokenEndpointBurst(emulator.tokenEndpoint(), Seed.CLIENT_ID,
                Seed.CLIENT_SECRET, refreshTokens);
             HttpStorm storm = new HttpStorm(emulator, payara.pid(), payara.uri(BenchWars.VISMA + "/token"),
                     payara.uri(BenchWars.VISMA + "/page"), sessions, perUser)) {
            for (int round = 0; round < warmUps + options.number("--storm-rounds", 5); round++) {
                sleepUntil(lastIssued + HttpStorm.DUE_AFTER.toNanos());
                storm.openConnections();
                Latencies burst = yardstick.fire();
                HttpStorm.Result result = storm.run();
                lastIssued = System.nanoTime();
                boolean warmUp = round < warmUps;
                System.out.printf("%s %d: %d requests, %d refresh calls, %d reuses, %d errors, p99 %.0f ms, Payara CPU "
                                + "%d ms (token endpoint alone: p99 %.0f ms)%n", warmUp ? "Warm-up storm" : "Storm",
                        warmUp ? round + 1 : round + 1 - warmUps, result.requests(), result.refreshCalls(), result.reuses(),
                        result.errors(), result.latencies().p99(), result.serverCpu().toMillis(), burst.p99());
                if (!result.right()) {
                    throw new IllegalStateException("A wrong storm, not to be published: " + result);
                }
                if (warmUp) {
                    warmUpStorms.add(result);
                } else {
                    storms.add(result);
                    bursts.add(burst);
                }
            }
        }
        report.storm(storms, bursts, perUser, warmUpStorms);
    }

    private static String setUp(RunOptions options, int port) {
        return String.format("Set-up: Payara Micro 6.2025.10 on port %d with a 1 GB heap, `jdbc/visma` on embedded Derby "
                        + "(server-config's post-boot file), the emulator in the driver's JVM, wrk with %d thread(s), all "
                        + "on the same %d cores; load average %.1f when the server was ready.%n",
                port, options.number("--wrk-threads", 1), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000 + 1);
        }
    }
}

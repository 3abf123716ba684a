package io.github.vismaidentity.benchmarks.http;

import io.github.vismaidentity.benchmarks.RunOptions;
import io.github.vismaidentity.benchmarks.StormSignIns;
import io.github.vismaidentity.benchmarks.http.SideBySide.Variant;
import io.github.vismaidentity.benchmarks.http.SideBySide.Measured;
import io.github.vismaidentity.benchmarks.databases.DatabaseKind;
import io.github.vismaidentity.benchmarks.databases.EmbeddedPostgres17;
import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.directory.Client;
import io.github.vismaidentity.emulator.directory.Seed;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The side-by-side HTTP run: one Payara Micro serving the same page four ways (unprotected, this extension,
 * Jakarta Security's built-in OpenID Connect mechanism, both signed in at the emulator, and the floor: a
 * mechanism that only reads the session), driven by wrk; then the refresh storm over HTTP on a Payara Micro of
 * its own for each of {@code --databases} (derby, postgresql: a PostgreSQL server this run starts, its files
 * under the runtime folder, and {@code jdbc/visma} by server-config's post-boot file). Writes its results
 * as markdown to {@code --out}. With {@code --profile FILE.jfr}, Payara runs with async-profiler and the results
 * add where its CPU goes on each variant's requests ({@link CpuProfile}), or, with {@code --parts storm} and one
 * database, per refresh in the measured storms ({@link StormProfile}).
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
        List<String> parts = List.of(options.text("--parts", "side-by-side,storm").split(","));
        List<DatabaseKind> stormDatabases = DatabaseKind.parseList(options.text("--databases", "derby"));
        // Checked before anything starts: a missing profiler agent fails the run at once.
        Optional<CpuProfile> profile = Optional.ofNullable(options.text("--profile", null))
                .map(file -> CpuProfile.to(runtime, Path.of(file)));
        if (profile.isPresent() && !parts.contains("side-by-side") && stormDatabases.size() > 1) {
            throw new IllegalArgumentException("--profile profiles one Payara Micro: with --parts storm, give one database");
        }
        int port = options.number("--port", 8480);
        int stormUsers = options.number("--storm-users", 100);
        URI app = URI.create("http://localhost:" + port + "/");
        Client client = new Client(Seed.CLIENT_ID, Seed.CLIENT_SECRET, List.of(Seed.REDIRECT_URI,
                app.resolve("visma/visma/callback"), app.resolve("oidc/callback")), List.of(app));
        StringBuilder markdown = new StringBuilder();
        try (VismaEmulator emulator = VismaEmulator.builder().port(options.number("--emulator-port", 8490))
                .clients(client).users(StormSignIns.users(1 + 2 * stormUsers)).rateLimitPerMinute(1_000_000)
                .admin(false).playground(false).start();
             EmbeddedPostgres17 postgres = stormDatabases.contains(DatabaseKind.POSTGRESQL) && parts.contains("storm")
                     ? EmbeddedPostgres17.start(runtime.resolve("postgres")) : null) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            List<Path> wars = BenchWars.write(work.resolve("wars"), runtime.resolve("war-libs"), emulator,
                    Seed.CLIENT_ID, Seed.CLIENT_SECRET, key);
            List<String> jvmOptions = new ArrayList<>(options.all("--payara-jvm-option"));
            profile.ifPresent(agent -> jvmOptions.add(agent.jvmOption()));
            if (parts.contains("side-by-side")) {
                Wrk wrk = Wrk.prepare(work, options.number("--wrk-threads", 1), options.number("--connections", 32));
                PayaraPool pool = derbyPool(options, runtime, work);
                HttpLoadReport report;
                Map<Variant, List<Measured>> sideBySide;
                try (PayaraNode payara = start(runtime, pool, work, "payara-side-by-side", options, jvmOptions, wars)) {
                    report = new HttpLoadReport(setUp(options, pool, true));
                    sideBySide = sideBySide(options, emulator, payara, wrk, report);
                }
                // Payara has stopped, so the profiler has written its recording.
                if (profile.isPresent()) {
                    report.cpuProfile(profile.get().perRequest(sideBySide), profile.get().recording());
                }
                markdown.append(report.markdown());
                // One Payara profiled: the storm's start without the agent.
                jvmOptions.removeIf(option -> profile.isPresent() && option.equals(profile.get().jvmOption()));
            }
            if (parts.contains("storm")) {
                List<StormReport.OnDatabase> storms = new ArrayList<>();
                List<Path> vismaWar = wars.stream().filter(war -> war.endsWith(BenchWars.VISMA + ".war")).toList();
                for (DatabaseKind kind : stormDatabases) {
                    PayaraPool pool = kind == DatabaseKind.DERBY ? derbyPool(options, runtime, work)
                            : PayaraPool.postgres(runtime, postgres, "storm_" + UUID.randomUUID().toString()
                            .replace("-", "").substring(0, 12));
                    try (PayaraNode payara = start(runtime, pool, work, "payara-storm-" + kind.option(), options,
                            jvmOptions, vismaWar)) {
                        storms.add(StormPart.run(options, emulator, payara, pool, setUp(options, pool, false)));
                    }
                }
                markdown.append(new StormReport().markdown(storms, options.number("--storm-per-user", 2)));
                // The storm's Payara ran with the agent only when no side-by-side part came first; it has stopped.
                if (profile.isPresent() && jvmOptions.contains(profile.get().jvmOption())) {
                    markdown.append(stormProfile(profile.get(), storms.get(0)));
                }
            }
        }
        Path out = Path.of(options.text("--out", runtime.resolve("results.md").toString()));
        Files.writeString(out, markdown, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(markdown);
        System.out.println("Written to " + out);
    }

    private static String stormProfile(CpuProfile profile, StormReport.OnDatabase measured) throws Exception {
        List<StormProfile.Window> windows = measured.storms().stream()
                .map(storm -> new StormProfile.Window(storm.released(), storm.ended())).toList();
        return String.format(Locale.ROOT, "#### Where Payara's CPU goes per refresh on %s (async-profiler)%n%n"
                        + "Samples of one millisecond of CPU each, taken while the %d measured storms ran, per refresh "
                        + "(recording: %s):%n%n%s%n", measured.database(), windows.size(),
                profile.recording().getFileName(),
                StormProfile.markdown(StormProfile.perRefresh(profile.recording(), windows, measured.refreshCalls())));
    }

    private static PayaraPool derbyPool(RunOptions options, Path runtime, Path work) {
        return PayaraPool.derby(runtime, Path.of(options.text("--post-boot",
                runtime.resolve("post-boot-derby-embedded.asadmin").toString())), work, "derby-" + UUID.randomUUID());
    }

    private static PayaraNode start(Path runtime, PayaraPool pool, Path work, String name, RunOptions options,
                                    List<String> jvmOptions, List<Path> wars) throws Exception {
        long starting = System.nanoTime();
        PayaraNode payara = PayaraNode.start(runtime, pool, work, name, options.number("--port", 8480),
                options.text("--heap", "1g"), jvmOptions, wars);
        System.out.printf("Payara Micro (pid %d, %s) serves %d application(s) after %.0f s%n", payara.pid(),
                pool.kind().label(), wars.size(), (System.nanoTime() - starting) / 1e9);
        return payara;
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

    private static String setUp(RunOptions options, PayaraPool pool, boolean withWrk) {
        return String.format(Locale.ROOT, "Set-up: Payara Micro 6.2025.10 on port %d with -Xmx%s, %s, the emulator in "
                        + "the driver's JVM, %sall on the same %d cores; load average %.1f when the server was ready.%n",
                options.number("--port", 8480), options.text("--heap", "1g"), pool.description(),
                withWrk ? "wrk with " + options.number("--wrk-threads", 1) + " thread(s), " : "",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}

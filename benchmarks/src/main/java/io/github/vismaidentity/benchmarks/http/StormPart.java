package io.github.vismaidentity.benchmarks.http;

import io.github.vismaidentity.benchmarks.BenchmarkWiring;
import io.github.vismaidentity.benchmarks.RunOptions;
import io.github.vismaidentity.benchmarks.StormSignIns;
import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.support.Browserless;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The refresh storm over HTTP on one Payara Micro: {@code --storm-users} users signed in at the extension's
 * application, as many signed in straight at the emulator for the token endpoint's yardstick, then
 * {@code --storm-warm-up} storms and {@code --storm-rounds} measured ones, each checked ({@link HttpStorm}).
 */
final class StormPart {

    private StormPart() {
    }

    /**
     * Runs the storms on {@code payara}, whose {@code jdbc/visma} is {@code pool}; fails on a wrong storm. What the
     * database server counts, where it can, is read around each measured storm.
     */
    static StormReport.OnDatabase run(RunOptions options, VismaEmulator emulator, PayaraNode payara, PayaraPool pool,
                                      String setUp) throws Exception {
        String database = pool.kind().label();
        int users = options.number("--storm-users", 100);
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
        List<Long> serverStatements = new ArrayList<>();
        try (TokenEndpointBurst yardstick = new TokenEndpointBurst(emulator.tokenEndpoint(), Seed.CLIENT_ID,
                Seed.CLIENT_SECRET, refreshTokens);
             HttpStorm storm = new HttpStorm(emulator, payara.pid(), payara.uri(BenchWars.VISMA + "/token"),
                     payara.uri(BenchWars.VISMA + "/page"), sessions, perUser)) {
            for (int round = 0; round < warmUps + options.number("--storm-rounds", 5); round++) {
                sleepUntil(lastIssued + HttpStorm.DUE_AFTER.toNanos());
                storm.openConnections();
                Latencies burst = yardstick.fire();
                long statementsBefore = statements(pool);
                HttpStorm.Result result = storm.run();
                long statements = statements(pool) - statementsBefore;
                lastIssued = System.nanoTime();
                boolean warmUp = round < warmUps;
                System.out.printf("%s, %s %d: %d requests, %d refresh calls, %d reuses, %d errors, p99 %.0f ms, Payara "
                                + "CPU %d ms (token endpoint alone: p99 %.0f ms)%n", database,
                        warmUp ? "warm-up storm" : "storm", warmUp ? round + 1 : round + 1 - warmUps, result.requests(),
                        result.refreshCalls(), result.reuses(), result.errors(), result.latencies().p99(),
                        result.serverCpu().toMillis(), burst.p99());
                if (!result.right()) {
                    throw new IllegalStateException("A wrong storm on " + database + ", not to be published: " + result);
                }
                if (warmUp) {
                    warmUpStorms.add(result);
                } else {
                    storms.add(result);
                    bursts.add(burst);
                    if (pool.serverCounts().isPresent()) {
                        serverStatements.add(statements);
                    }
                }
            }
        }
        long connections = pool.serverCounts().isPresent() ? pool.serverCounts().get().connections() : -1;
        return new StormReport.OnDatabase(database, setUp, storms, bursts, warmUpStorms, serverStatements, connections);
    }

    private static long statements(PayaraPool pool) throws Exception {
        return pool.serverCounts().isPresent() ? pool.serverCounts().get().statements() : 0;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000 + 1);
        }
    }
}

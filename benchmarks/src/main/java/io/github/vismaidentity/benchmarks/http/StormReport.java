package io.github.vismaidentity.benchmarks.http;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The refresh storm's results as markdown: per database its storms, the target and whether it was met, and,
 * with more than one database, each against the first.
 */
final class StormReport {

    /**
     * The storms on one database, each on a Payara Micro of its own.
     *
     * @param database the database as the results name it
     * @param setUp    the server, its pool and the load, said under the database's heading
     * @param storms   the measured storms
     * @param bursts   beside each storm, the same number of refresh calls sent straight to the token endpoint
     * @param warmUps  the storms before, checked the same way, not measured
     * @param serverStatements  per measured storm, the statements the database server ran for Payara; empty where
     *                          the server counts none (Derby, inside Payara)
     * @param serverConnections the connections open to the database server after the storms; -1 where not counted
     */
    record OnDatabase(String database, String setUp, List<HttpStorm.Result> storms, List<Latencies> bursts,
                      List<HttpStorm.Result> warmUps, List<Long> serverStatements, long serverConnections) {

        /** The statements the server ran per refresh in the measured storms; NaN where it counts none. */
        double serverStatementsPerRefresh() {
            return serverStatements.isEmpty() ? Double.NaN
                    : serverStatements.stream().mapToLong(Long::longValue).sum() / (double) refreshCalls();
        }

        Latencies latencies() {
            return Latencies.merged(storms.stream().map(HttpStorm.Result::latencies).toList());
        }

        long refreshCalls() {
            return storms.stream().mapToLong(HttpStorm.Result::refreshCalls).sum();
        }

        /** All measured refreshes over all measured storms' wall time. */
        double refreshesPerSecond() {
            return refreshCalls() / (storms.stream().mapToLong(s -> s.wall().toNanos()).sum() / 1e9);
        }

        /** Payara's CPU over the measured storms per refresh, in milliseconds. */
        double cpuMillisPerRefresh() {
            return storms.stream().mapToLong(s -> s.serverCpu().toMillis()).sum() / (double) refreshCalls();
        }

        /** The JIT compiler threads' CPU over the measured storms per refresh, in milliseconds. */
        double jitMillisPerRefresh() {
            return storms.stream().mapToLong(s -> s.serverThreads().jit().toMillis()).sum() / (double) refreshCalls();
        }

        /** The garbage collector's CPU over the measured storms per refresh, in milliseconds. */
        double gcMillisPerRefresh() {
            return storms.stream().mapToLong(s -> s.serverThreads().gc().toMillis()).sum() / (double) refreshCalls();
        }

        boolean right() {
            return storms.stream().allMatch(HttpStorm.Result::right);
        }
    }

    private final StringBuilder out = new StringBuilder();

    /** {@code perUser}: requests each user sends at once. */
    String markdown(List<OnDatabase> databases, int perUser) {
        OnDatabase first = databases.get(0);
        int users = first.storms().get(0).users();
        line("### Refresh storm over HTTP");
        line("");
        line("%d signed-in users of the extension's application, whose access tokens have just expired, send %d requests "
                + "each at once (%d concurrent requests) to a page that injects their `@VismaToken`. Beside each storm, "
                + "the same number of refresh calls (%d) sent at once straight to the emulator's token endpoint: its "
                + "latency under that burst. %d warm-up storms first, checked the same way, not in the table. Each "
                + "database on a Payara Micro of its own, started for the storms alone.",
                users, perUser, users * perUser, users, first.warmUps().size());
        line("");
        for (OnDatabase database : databases) {
            onDatabase(database, databases.size() > 1);
        }
        if (databases.size() > 1) {
            beside(databases);
        }
        return out.toString();
    }

    private void onDatabase(OnDatabase database, boolean headed) {
        if (headed) {
            line("#### On %s", database.database());
            line("");
        }
        line("%s", database.setUp().strip());
        line("");
        line("| storm | requests | refresh calls | reuses | errors | users handed two tokens | time | refreshes per second "
                + "| p50 | p99 | max | Payara CPU | of it, JIT compiler | token endpoint alone, p50 / p99 |");
        line("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (int i = 0; i < database.storms().size(); i++) {
            HttpStorm.Result storm = database.storms().get(i);
            Latencies latencies = storm.latencies();
            Latencies burst = database.bursts().get(i);
            line("| %d | %d | %d | %d | %d | %d | %,d ms | %.0f | %.0f ms | %.0f ms | %.0f ms | %,d ms | %,d ms | %.0f / %.0f ms |",
                    i + 1, storm.requests(), storm.refreshCalls(), storm.reuses(), storm.errors(), storm.splitUsers(),
                    storm.wall().toMillis(), storm.refreshesPerSecond(), latencies.p50(), latencies.p99(), latencies.max(),
                    storm.serverCpu().toMillis(), storm.serverThreads().jit().toMillis(), burst.p50(), burst.p99());
        }
        Latencies all = database.latencies();
        Latencies yardstick = Latencies.merged(database.bursts());
        double limit = yardstick.p99() + 50;
        line("");
        line("All %d storm requests: p50 %.0f ms, p99 %.0f ms; the token endpoint alone, all %d calls: p99 %.0f ms. "
                + "Target p99 ≤ %.0f ms (its p99 + 50 ms): **%s**. Refresh calls = token sets, no reuse, no error: **%s**.",
                all.count(), all.p50(), all.p99(), yardstick.count(), yardstick.p99(), limit,
                all.p99() <= limit ? "met" : "missed", database.right() ? "met" : "missed");
        line("");
        cpuPerRefresh(database);
        if (!database.serverStatements().isEmpty()) {
            line("");
            line("%s ran %.1f SQL statements per refresh in the measured storms (its pg_stat_statements, BEGIN and "
                    + "COMMIT included; per storm: %s), on the %d connections Payara's pool had open to it after them.",
                    database.database(), database.serverStatementsPerRefresh(), database.serverStatements().stream()
                            .map(String::valueOf).collect(Collectors.joining(", ")), database.serverConnections());
        }
        if (!database.warmUps().isEmpty()) {
            line("");
            line("The warm-up storms, as the server's code warmed up: p99 %s ms; Payara CPU %s ms; of it, the JIT "
                            + "compiler's %s ms.",
                    database.warmUps().stream().map(w -> String.format(Locale.ROOT, "%.0f", w.latencies().p99()))
                            .collect(Collectors.joining(", ")),
                    database.warmUps().stream().map(w -> String.valueOf(w.serverCpu().toMillis()))
                            .collect(Collectors.joining(", ")),
                    database.warmUps().stream().map(w -> String.valueOf(w.serverThreads().jit().toMillis()))
                            .collect(Collectors.joining(", ")));
        }
        line("");
    }

    /** Payara's CPU per refresh, and how much of it the JIT compiler and the garbage collector took. */
    private void cpuPerRefresh(OnDatabase database) {
        double all = database.cpuMillisPerRefresh();
        double jit = database.jitMillisPerRefresh();
        double gc = database.gcMillisPerRefresh();
        line("Payara CPU per refresh in the measured storms (the refresh and its two requests): %.1f ms; of it, the JIT "
                        + "compiler's threads %.1f ms (%.0f %%) and the garbage collector's %.1f ms (%.0f %%), counted per "
                        + "thread by Linux; the rest, the code that ran, %.1f ms.",
                all, jit, 100 * jit / all, gc, 100 * gc / all, all - jit - gc);
    }

    /** The databases side by side, over their measured storms, and each against the first as ratios. */
    private void beside(List<OnDatabase> databases) {
        OnDatabase base = databases.get(0);
        line("#### %s", databases.stream().skip(1).map(OnDatabase::database).collect(Collectors.joining(", "))
                + " beside " + base.database());
        line("");
        line("| database | storms | refresh calls | reuses | errors | users handed two tokens | refreshes per second "
                + "| p50 | p99 | Payara CPU per refresh | of it, JIT compiler | SQL statements per refresh, counted by "
                + "the database server | token endpoint alone, p99 |");
        line("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (OnDatabase database : databases) {
            Latencies all = database.latencies();
            line("| %s | %d | %,d | %d | %d | %d | %.0f | %.0f ms | %.0f ms | %.1f ms | %.1f ms | %s | %.0f ms |",
                    database.database(), database.storms().size(), database.refreshCalls(),
                    database.storms().stream().mapToLong(HttpStorm.Result::reuses).sum(),
                    database.storms().stream().mapToInt(HttpStorm.Result::errors).sum(),
                    database.storms().stream().mapToInt(HttpStorm.Result::splitUsers).sum(),
                    database.refreshesPerSecond(), all.p50(), all.p99(), database.cpuMillisPerRefresh(),
                    database.jitMillisPerRefresh(), database.serverStatements().isEmpty() ? "not counted: it runs inside Payara"
                            : String.format(Locale.ROOT, "%.1f", database.serverStatementsPerRefresh()),
                    Latencies.merged(database.bursts()).p99());
        }
        line("");
        for (OnDatabase database : databases.subList(1, databases.size())) {
            line("- %s against %s in this run: refreshes per second ×%.2f, p50 ×%.2f, p99 ×%.2f, Payara CPU per refresh "
                            + "×%.2f; the token endpoint alone, p99 ×%.2f (the machine's load on the same scale).",
                    database.database(), base.database(), database.refreshesPerSecond() / base.refreshesPerSecond(),
                    database.latencies().p50() / base.latencies().p50(), database.latencies().p99() / base.latencies().p99(),
                    database.cpuMillisPerRefresh() / base.cpuMillisPerRefresh(),
                    Latencies.merged(database.bursts()).p99() / Latencies.merged(base.bursts()).p99());
        }
        line("");
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}

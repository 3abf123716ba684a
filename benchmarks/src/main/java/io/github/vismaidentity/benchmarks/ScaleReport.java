package io.github.vismaidentity.benchmarks;

import java.util.List;
import java.util.Locale;

/** The scale run's results as markdown: a row per database, and each database after the first against the first. */
final class ScaleReport {

    private ScaleReport() {
    }

    /**
     * One database's measured job.
     *
     * @param database            what it is, as the results name it ("Derby", "PostgreSQL")
     * @param seconds             from the first call started to the last one done
     * @param refreshes           refresh calls the emulator received during the job
     * @param reuses              refresh tokens it saw a second time during the job
     * @param statements          SQL statements prepared or created during the job
     * @param connections         connections taken from the pool during the job
     * @param physicalConnections connections the pool opened to the database, set-up included
     * @param loadAverage         the machine's one-minute load average at the end of the job
     */
    record Row(String database, int sets, int perMinute, int threads, double seconds, long refreshes, long reuses,
               int errors, long statements, long connections, int physicalConnections, double p50Millis,
               double p99Millis, long heapBeforeMb, long heapAfterMb, double loadAverage) {

        double refreshesPerSecond() {
            return refreshes / seconds;
        }

        double statementsPerRefresh() {
            return (double) statements / refreshes;
        }

        double connectionsPerRefresh() {
            return (double) connections / refreshes;
        }

        /** What a run must show to be published: every set refreshed once, no error, no reuse. */
        boolean right() {
            return refreshes == sets && errors == 0 && reuses == 0;
        }
    }

    /** The table, what was measured on, and every later database against the first. */
    static String markdown(List<Row> rows, List<String> descriptions) {
        StringBuilder out = new StringBuilder("### Scale: background refresh of every stored token set\n\n");
        out.append("| database | token sets | pace | workers | time | refreshes per second | refresh calls | reuses "
                + "| errors | SQL statements per refresh | connections per refresh | refresh p50 / p99 "
                + "| heap before / after | load average |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %,d | %,d a minute | %d | %.0f s | %.1f | %,d | %d | %d | %.1f "
                            + "| %.1f | %.0f / %.0f ms | %d / %d MB | %.1f |%n", row.database(), row.sets(), row.perMinute(),
                    row.threads(), row.seconds(), row.refreshesPerSecond(), row.refreshes(), row.reuses(), row.errors(),
                    row.statementsPerRefresh(), row.connectionsPerRefresh(), row.p50Millis(), row.p99Millis(),
                    row.heapBeforeMb(), row.heapAfterMb(), row.loadAverage()));
        }
        out.append('\n');
        for (int i = 0; i < rows.size(); i++) {
            out.append(String.format(Locale.ROOT, "- %s: %s; the pool opened %d connection(s) to it.%n",
                    rows.get(i).database(), descriptions.get(i), rows.get(i).physicalConnections()));
        }
        for (Row row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            out.append(comparison(row, rows.get(0)));
        }
        out.append('\n');
        return out.toString();
    }

    /** One database against another, as ratios, which this shared machine's load disturbs less than the figures. */
    static String comparison(Row row, Row base) {
        return String.format(Locale.ROOT, "- %s against %s in this run: refreshes per second ×%.2f, refresh p50 ×%.2f, "
                        + "p99 ×%.2f; SQL statements per refresh %.1f against %.1f, connections per refresh %.1f against "
                        + "%.1f; reuses %d and %d.%n", row.database(), base.database(),
                row.refreshesPerSecond() / base.refreshesPerSecond(), row.p50Millis() / base.p50Millis(),
                row.p99Millis() / base.p99Millis(), row.statementsPerRefresh(), base.statementsPerRefresh(),
                row.connectionsPerRefresh(), base.connectionsPerRefresh(), row.reuses(), base.reuses());
    }
}

package io.github.vismaidentity.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScaleReportTest {

    private static final ScaleReport.Row DERBY = new ScaleReport.Row("Derby", 10_000, 6_000, 8, 100.0, 10_000, 0, 0,
            30_000, 10_000, 8, 10.0, 40.0, 79, 99, 1.5);
    private static final ScaleReport.Row POSTGRES = new ScaleReport.Row("PostgreSQL", 10_000, 6_000, 8, 125.0, 10_000,
            0, 0, 40_000, 10_000, 8, 15.0, 100.0, 80, 101, 2.5);

    @Test
    void perRefreshFiguresAreOverTheRefreshCalls() {
        assertThat(POSTGRES.refreshesPerSecond()).isEqualTo(80.0);
        assertThat(POSTGRES.statementsPerRefresh()).isEqualTo(4.0);
        assertThat(POSTGRES.connectionsPerRefresh()).isEqualTo(1.0);
    }

    @Test
    void aRunIsRightOnlyWithOneRefreshPerSetNoErrorAndNoReuse() {
        assertThat(DERBY.right()).isTrue();
        assertThat(withReuses(DERBY, 1).right()).isFalse();
        assertThat(new ScaleReport.Row("Derby", 10_000, 6_000, 8, 100.0, 9_999, 0, 0, 30_000, 10_000, 8, 10.0, 40.0,
                79, 99, 1.5).right()).isFalse();
        assertThat(new ScaleReport.Row("Derby", 10_000, 6_000, 8, 100.0, 10_000, 0, 1, 30_000, 10_000, 8, 10.0, 40.0,
                79, 99, 1.5).right()).isFalse();
    }

    @Test
    void eachLaterDatabaseIsComparedWithTheFirstAsRatios() {
        String markdown = ScaleReport.markdown(List.of(DERBY, POSTGRES),
                List.of("Derby 10.16, in memory", "PostgreSQL 17.6 (fsync on)"));

        assertThat(markdown)
                .contains("| Derby | 10,000 | 6,000 a minute | 8 | 100 s | 100.0 | 10,000 | 0 | 0 | 3.0 | 1.0 "
                        + "| 10 / 40 ms | 79 / 99 MB | 1.5 |")
                .contains("| PostgreSQL | 10,000 | 6,000 a minute | 8 | 125 s | 80.0 | 10,000 | 0 | 0 | 4.0 | 1.0 "
                        + "| 15 / 100 ms | 80 / 101 MB | 2.5 |")
                .contains("- PostgreSQL: PostgreSQL 17.6 (fsync on); the pool opened 8 connection(s) to it.")
                .contains("- PostgreSQL against Derby in this run: refreshes per second ×0.80, refresh p50 ×1.50, "
                        + "p99 ×2.50; SQL statements per refresh 4.0 against 3.0, connections per refresh 1.0 against "
                        + "1.0; reuses 0 and 0.");
    }

    @Test
    void oneDatabaseAloneHasNothingToBeComparedWith() {
        String markdown = ScaleReport.markdown(List.of(DERBY), List.of("Derby 10.16, in memory"));

        assertThat(markdown).contains("| Derby | 10,000 |").doesNotContain(" against ");
    }

    private static ScaleReport.Row withReuses(ScaleReport.Row row, long reuses) {
        return new ScaleReport.Row(row.database(), row.sets(), row.perMinute(), row.threads(), row.seconds(),
                row.refreshes(), reuses, row.errors(), row.statements(), row.connections(), row.physicalConnections(),
                row.p50Millis(), row.p99Millis(), row.heapBeforeMb(), row.heapAfterMb(), row.loadAverage());
    }
}

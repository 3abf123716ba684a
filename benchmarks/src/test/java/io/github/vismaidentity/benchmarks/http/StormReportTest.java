package io.github.vismaidentity.benchmarks.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StormReportTest {

    @Test
    void refreshesPerSecondAreAllMeasuredRefreshesOverAllMeasuredStormsWallTime() {
        StormReport.OnDatabase derby = onDatabase("Derby", storm(100, 500, 600, 400), storm(100, 500, 600, 600));

        // 200 refreshes in 1 s of storms; 1,200 ms of Payara CPU.
        assertThat(derby.refreshesPerSecond()).isEqualTo(200.0);
        assertThat(derby.cpuMillisPerRefresh()).isEqualTo(6.0);
        assertThat(derby.right()).isTrue();
    }

    @Test
    void theJitCompilersAndGarbageCollectorsShareOfPayarasCpuIsPerMeasuredRefresh() {
        StormReport.OnDatabase derby = onDatabase("Derby", storm(100, 500, 1000, threads(400, 100), 500),
                storm(100, 500, 600, threads(200, 100), 500));

        assertThat(derby.cpuMillisPerRefresh()).isEqualTo(8.0);
        assertThat(derby.jitMillisPerRefresh()).isEqualTo(3.0);
        assertThat(derby.gcMillisPerRefresh()).isEqualTo(1.0);
        assertThat(new StormReport().markdown(List.of(derby), 2))
                .contains("| 1,000 ms | 400 ms | 300 / 300 ms |", "| 600 ms | 200 ms | 300 / 300 ms |")
                .contains("Payara CPU per refresh in the measured storms (the refresh and its two requests): 8.0 ms; of "
                        + "it, the JIT compiler's threads 3.0 ms (38 %) and the garbage collector's 1.0 ms (13 %), "
                        + "counted per thread by Linux; the rest, the code that ran, 4.0 ms.");
    }

    @Test
    void statementsCountedByTheServerAreOverAllMeasuredRefreshes() {
        StormReport.OnDatabase postgres = counted(onDatabase("PostgreSQL", storm(100, 500, 600, 500),
                storm(100, 500, 600, 500)), List.of(500L, 700L), 10);

        assertThat(postgres.serverStatementsPerRefresh()).isEqualTo(6.0);
        assertThat(onDatabase("Derby", storm(100, 500, 600, 500)).serverStatementsPerRefresh()).isNaN();
    }

    @Test
    void aStormWithAReuseMakesTheDatabasesStormsWrong() {
        HttpStorm.Result reused = new HttpStorm.Result(200, 100, 100, 1, 0, 0, latencies(500),
                Duration.ofMillis(600), threads(0, 0), Duration.ofMillis(500), Instant.EPOCH);

        assertThat(onDatabase("Derby", storm(100, 500, 600, 500), reused).right()).isFalse();
    }

    @Test
    void eachLaterDatabaseIsShownBesideTheFirstAsRatios() {
        StormReport.OnDatabase derby = onDatabase("Derby", storm(100, 400, 500, 500));
        StormReport.OnDatabase postgres = counted(onDatabase("PostgreSQL", storm(100, 600, 750, 1000)), List.of(550L),
                12);

        String markdown = new StormReport().markdown(List.of(derby, postgres), 2);

        assertThat(markdown)
                .contains("#### On Derby", "#### On PostgreSQL", "#### PostgreSQL beside Derby")
                .contains("| 1 | 200 | 100 | 0 | 0 | 0 | 1,000 ms | 100 | 600 ms |")
                .contains("| Derby | 1 | 100 | 0 | 0 | 0 | 200 | 400 ms | 400 ms | 5.0 ms | 0.0 ms "
                        + "| not counted: it runs inside Payara | 300 ms |")
                .contains("| PostgreSQL | 1 | 100 | 0 | 0 | 0 | 100 | 600 ms | 600 ms | 7.5 ms | 0.0 ms | 5.5 | 300 ms |")
                .contains("PostgreSQL ran 5.5 SQL statements per refresh in the measured storms (its pg_stat_statements, "
                        + "BEGIN and COMMIT included; per storm: 550), on the 12 connections Payara's pool had open")
                .contains("- PostgreSQL against Derby in this run: refreshes per second ×0.50, p50 ×1.50, p99 ×1.50, "
                        + "Payara CPU per refresh ×1.50; the token endpoint alone, p99 ×1.00");
    }

    @Test
    void oneDatabaseAloneHasNoHeadingsAndNothingBesideIt() {
        String markdown = new StormReport().markdown(List.of(onDatabase("Derby", storm(100, 400, 500, 500))), 2);

        assertThat(markdown).contains("### Refresh storm over HTTP", "| 1 | 200 | 100 | 0 | 0 | 0 | 500 ms | 200 |")
                .doesNotContain("####", " beside ");
    }

    private static StormReport.OnDatabase onDatabase(String name, HttpStorm.Result... storms) {
        List<HttpStorm.Result> measured = List.of(storms);
        return new StormReport.OnDatabase(name, "Set-up: test", measured,
                measured.stream().map(storm -> latencies(300)).toList(), List.of(), List.of(), -1);
    }

    private static StormReport.OnDatabase counted(StormReport.OnDatabase database, List<Long> statements,
                                                  long connections) {
        return new StormReport.OnDatabase(database.database(), database.setUp(), database.storms(), database.bursts(),
                database.warmUps(), statements, connections);
    }

    /** A right storm: 100 users, 2 requests each, every request taking {@code millis}. */
    private static HttpStorm.Result storm(int users, long millis, long cpuMillis, long wallMillis) {
        return storm(users, millis, cpuMillis, threads(0, 0), wallMillis);
    }

    private static HttpStorm.Result storm(int users, long millis, long cpuMillis, ThreadCpu.Split threads,
                                          long wallMillis) {
        return new HttpStorm.Result(2 * users, users, users, 0, 0, 0, latencies(millis), Duration.ofMillis(cpuMillis),
                threads, Duration.ofMillis(wallMillis), Instant.EPOCH);
    }

    private static ThreadCpu.Split threads(long jitMillis, long gcMillis) {
        return new ThreadCpu.Split(Duration.ofMillis(jitMillis), Duration.ofMillis(gcMillis));
    }

    private static Latencies latencies(long millis) {
        long[] nanos = new long[200];
        java.util.Arrays.fill(nanos, millis * 1_000_000);
        return Latencies.of(nanos);
    }
}

package io.github.vismaidentity.benchmarks;

import io.github.vismaidentity.benchmarks.charts.SideBySideChart;
import io.github.vismaidentity.benchmarks.charts.StormChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultsChartsTest {

    private static final String SIDE_BY_SIDE = """
            ### The same page on one Payara Micro

            _Run by `benchmarks/run-all` on 2026-12-02 23:08 UTC, commit 3a19f16; 2 cores; load average 1.65._

            | variant | requests/s | each round | p50 latency | p99 latency | server CPU per request | requests | wrong responses |
            |---|---|---|---|---|---|---|---|
            | 1. unprotected | 21,645 | 20,660 / 21,645 | 1.12 ms | 20.69 ms | 63 µs | 1,691,469 | 0 |
            | 2. this extension, signed in | 11,906 | 11,848 / 11,906 | 2.23 ms | 24.13 ms | 119 µs | 918,734 | 0 |
            | 3. built-in `@OpenIdAuthenticationMechanismDefinition`, signed in | 12,095 | 11,553 | 2.21 ms | 20.43 ms | 117 µs | 896,768 | 0 |
            """;

    private static final String STORM = """
            ### Refresh storm over HTTP

            _Run by `benchmarks/run-all` on 2026-12-02 16:38 UTC, commit 7cd01cf; 2 cores._

            #### On Derby

            | storm | requests | refresh calls | p50 | p99 | max | token endpoint alone, p50 / p99 |
            |---|---|---|---|---|---|---|
            | 1 | 200 | 100 | 957 ms | 1242 ms | 1255 ms | 262 / 329 ms |
            | 2 | 200 | 100 | 1009 ms | 1425 ms | 1425 ms | 134 / 344 ms |

            #### On PostgreSQL

            | storm | requests | refresh calls | p50 | p99 | max | token endpoint alone, p50 / p99 |
            |---|---|---|---|---|---|---|
            | 1 | 200 | 100 | 1111 ms | 1409 ms | 1409 ms | 174 / 257 ms |

            #### PostgreSQL beside Derby

            | database | storms | p99 |
            |---|---|---|
            | Derby | 5 | 1420 ms |
            """;

    @TempDir
    Path folder;

    @Test
    void theSideBySideChartIsAnSvgWithBothSeriesAndEveryVariant() throws IOException {
        Map<String, Path> written = ResultsCharts.write(results(SIDE_BY_SIDE, STORM), folder);

        String svg = Files.readString(written.get("side-by-side"), StandardCharsets.UTF_8);
        assertThat(svg).contains("<svg", SideBySideChart.THROUGHPUT, SideBySideChart.CPU, "1. unprotected",
                "2. this extension, signed in", "commit 3a19f16");
    }

    @Test
    void theStormChartShowsTheStormsPercentilesBesideTheTokenEndpointsOnEachDatabase() throws IOException {
        Map<String, Path> written = ResultsCharts.write(results(SIDE_BY_SIDE, STORM), folder);

        assertThat(written.get("storm")).hasFileName("storm.svg");
        String svg = Files.readString(written.get("storm"), StandardCharsets.UTF_8);
        assertThat(svg).contains("<svg", StormChart.STORM_P50, StormChart.STORM_P99, StormChart.ENDPOINT_P50,
                StormChart.ENDPOINT_P99, "Derby 1", "Derby 2", "PostgreSQL 1", "commit 7cd01cf")
                .doesNotContain("beside Derby 1");
    }

    @Test
    void theSameFiguresGiveTheSameFile() throws IOException {
        Path first = ResultsCharts.write(results(SIDE_BY_SIDE, STORM), folder.resolve("a")).get("storm");
        Path second = ResultsCharts.write(results(SIDE_BY_SIDE, STORM), folder.resolve("b")).get("storm");

        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }

    @Test
    void aPartWithoutItsTableIsRefusedNamingThePartAndTheTable() {
        String noTable = "### The same page on one Payara Micro\n\nThe run failed before its table.\n";

        assertThatThrownBy(() -> ResultsCharts.write(results(noTable, STORM), folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("side-by-side part").hasMessageContaining("'variant'");
    }

    @Test
    void aMissingPartIsRefusedWithTheCommandThatMeasuresIt() {
        String onlySideBySide = ResultsFile.merged("", Map.of("side-by-side", SIDE_BY_SIDE));

        assertThatThrownBy(() -> ResultsCharts.write(onlySideBySide, folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no part 'storm'").hasMessageContaining("run-all --only storm");
    }

    @Test
    void aStormTableWithoutTheTokenEndpointsColumnIsRefusedNamingTheColumn() {
        String stormWithout = STORM.replace("| token endpoint alone, p50 / p99 |", "| other |");

        assertThatThrownBy(() -> ResultsCharts.write(results(SIDE_BY_SIDE, stormWithout), folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("token endpoint alone, p50 / p99");
    }

    @Test
    void theSubtitleSaysWhenAndFromWhichCommitThePartRan() {
        assertThat(ResultsCharts.subtitle(SIDE_BY_SIDE))
                .isEqualTo("benchmarks/run-all, 2026-12-02 23:08 UTC, commit 3a19f16");
    }

    private static String results(String sideBySide, String storm) {
        return ResultsFile.merged("", Map.of("side-by-side", sideBySide, "storm", storm));
    }
}

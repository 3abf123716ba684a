package io.github.vismaidentity.benchmarks.http;

import io.github.vismaidentity.benchmarks.http.SideBySide.Measured;
import io.github.vismaidentity.benchmarks.http.SideBySide.Variant;
import io.github.vismaidentity.benchmarks.http.Wrk.WrkResult;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class HttpLoadReportTest {

    @Test
    void ratiosAreOfTheMediansAndSayWhetherTheTargetsAreMet() {
        Map<Variant, List<Measured>> results = new LinkedHashMap<>();
        results.put(variant("1. unprotected"), runs(10_000, 20_000, 11_000));
        results.put(variant("2. extension"), runs(9_600, 9_000, 9_700));
        results.put(variant("3. built-in"), runs(9_700, 9_800, 9_500));
        results.put(variant("4. floor"), runs(9_650, 9_750, 9_600));

        String markdown = new HttpLoadReport("Set-up: test").sideBySide(results, 32, 20).markdown();

        // Medians: 11,000 / 9,600 / 9,700 / 9,650.
        assertThat(markdown).contains("| 2. extension | 9,600 | 9,600 / 9,000 / 9,700 |");
        assertThat(markdown).contains("2/1, this extension against the unprotected page: **0.873** (rounds: 0.96, 0.45, 0.88; their median "
                + "0.882); target ≥ 0.95 in the median of the rounds: **missed**; by server CPU per request: 0.873");
        assertThat(markdown).contains("2/3, this extension against the built-in OpenID Connect mechanism: **0.990**");
        assertThat(markdown).contains("(rounds: 0.99, 0.92, 1.02; their median 0.990); target ≥ 1.00 in the median of "
                + "the rounds: **missed**");
        assertThat(markdown).contains("2/4, this extension against the floor: what it costs beyond the container: **0.995**");
    }

    @Test
    void aRatioAtTheTargetMeetsIt() {
        Map<Variant, List<Measured>> results = new LinkedHashMap<>();
        results.put(variant("1. unprotected"), runs(10_000));
        results.put(variant("2. extension"), runs(9_500));
        results.put(variant("3. built-in"), runs(9_500));

        String markdown = new HttpLoadReport("Set-up: test").sideBySide(results, 32, 20).markdown();

        assertThat(markdown).contains("**0.950** (rounds: 0.95; their median 0.950); target ≥ 0.95 in the median of the "
                + "rounds: **met**; by server CPU per request: 0.950");
        assertThat(markdown).contains("**1.000** (rounds: 1.00; their median 1.000); target ≥ 1.00 in the median of the "
                + "rounds: **met**");
        assertThat(markdown).doesNotContain("floor");
    }

    /**
     * Issue 17 words the target as the median of the rounds: a variant that wins most rounds under the same load
     * meets it even where one slow round pulls its median throughput under the other's.
     */
    @Test
    void theTargetIsJudgedByTheMedianOfTheRoundsRatiosNotTheRatioOfTheMedians() {
        Map<Variant, List<Measured>> results = new LinkedHashMap<>();
        results.put(variant("1. unprotected"), runs(20_000, 20_000, 20_000));
        results.put(variant("2. extension"), runs(12_000, 8_000, 9_000));
        results.put(variant("3. built-in"), runs(11_000, 10_000, 8_800));

        String markdown = new HttpLoadReport("Set-up: test").sideBySide(results, 32, 20).markdown();

        // Ratio of the medians 9,000 / 10,000 = 0.900; rounds 1.09, 0.80, 1.02, their median 1.023.
        assertThat(markdown).contains("built-in OpenID Connect mechanism: **0.900** (rounds: 1.09, 0.80, 1.02; their "
                + "median 1.023); target ≥ 1.00 in the median of the rounds: **met**");
    }

    @Test
    void theExtensionsCpuAboveTheFloorIsHeldToTenMicroseconds() {
        // Each run: 20 s of server CPU over 20 s of requests; 9,000/s is 111 µs a request, 9,500/s 105 µs.
        assertThat(cpuLine(9_000, 9_500)).contains("this extension adds 6 µs to that (2 − 4); target ≤ 10 µs: **met**");
        // 8,000/s is 125 µs: 20 µs above the floor.
        assertThat(cpuLine(8_000, 9_500)).contains("this extension adds 20 µs to that (2 − 4); target ≤ 10 µs: **missed**");
    }

    private static String cpuLine(double extension, double floor) {
        Map<Variant, List<Measured>> results = new LinkedHashMap<>();
        results.put(variant("1. unprotected"), runs(10_000));
        results.put(variant("2. extension"), runs(extension));
        results.put(variant("3. built-in"), runs(9_000));
        results.put(variant("4. floor"), runs(floor));
        return new HttpLoadReport("Set-up: test").sideBySide(results, 32, 20).markdown();
    }

    private static Variant variant(String label) {
        return new Variant(label, URI.create("http://localhost/" + label.charAt(0)), Optional.empty(), "caller=x");
    }

    private static List<Measured> runs(double... perSecond) {
        return java.util.Arrays.stream(perSecond)
                .mapToObj(rate -> new Measured(new WrkResult(rate, 1000, 5000, (long) rate * 20, 0, 0),
                        Duration.ofMillis(20_000), Instant.EPOCH, Instant.EPOCH.plusSeconds(20)))
                .toList();
    }
}

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
        assertThat(markdown).contains("2/1, this extension against the unprotected page: **0.873** (rounds: 0.96, 0.45, 0.88); "
                + "target ≥ 0.95: **missed**; by server CPU per request: 0.873");
        assertThat(markdown).contains("2/3, this extension against the built-in OpenID Connect mechanism: **0.990**");
        assertThat(markdown).contains("target ≥ 1.00: **missed**");
        assertThat(markdown).contains("2/4, this extension against the floor: what it costs beyond the container: **0.995**");
    }

    @Test
    void aRatioAtTheTargetMeetsIt() {
        Map<Variant, List<Measured>> results = new LinkedHashMap<>();
        results.put(variant("1. unprotected"), runs(10_000));
        results.put(variant("2. extension"), runs(9_500));
        results.put(variant("3. built-in"), runs(9_500));

        String markdown = new HttpLoadReport("Set-up: test").sideBySide(results, 32, 20).markdown();

        assertThat(markdown).contains("**0.950** (rounds: 0.95); target ≥ 0.95: **met**; by server CPU per request: 0.950");
        assertThat(markdown).contains("**1.000** (rounds: 1.00); target ≥ 1.00: **met**");
        assertThat(markdown).doesNotContain("floor");
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

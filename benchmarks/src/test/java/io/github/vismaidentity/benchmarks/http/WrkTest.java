package io.github.vismaidentity.benchmarks.http;

import io.github.vismaidentity.benchmarks.http.Wrk.WrkResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WrkTest {

    private static final String OUTPUT = """
            Running 5s test @ http://localhost:8480/plain/page
              1 threads and 32 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     1.60ms    2.11ms  37.03ms   93.04%%
                Req/Sec    18.37k     2.01k   21.50k    74.00%%
              91425 requests in 5.00s, 380.50MB read
            %s\
            Requests/sec:  18283.75
            Transfer/sec:     76.09MB
            wrong responses: %d
            latency p50 us: 1352
            latency p99 us: 8859
            requests: 91425
            duration us: 5000123
            """;

    @Test
    void readsThroughputAndTheCheckScriptsFigures() {
        WrkResult result = Wrk.parse(OUTPUT.formatted("", 0));

        assertThat(result.perSecond()).isEqualTo(18283.75);
        assertThat(result.p50Micros()).isEqualTo(1352);
        assertThat(result.p99Micros()).isEqualTo(8859);
        assertThat(result.requests()).isEqualTo(91425);
        assertThat(result.clean()).isTrue();
    }

    @Test
    void aRunWithWrongResponsesIsNotClean() {
        WrkResult result = Wrk.parse(OUTPUT.formatted("", 12));

        assertThat(result.wrong()).isEqualTo(12);
        assertThat(result.clean()).isFalse();
    }

    @Test
    void socketErrorsAreAddedUpAndMakeARunNotClean() {
        WrkResult result = Wrk.parse(OUTPUT.formatted("  Socket errors: connect 1, read 3, write 0, timeout 2\n", 0));

        assertThat(result.socketErrors()).isEqualTo(6);
        assertThat(result.clean()).isFalse();
    }

    @Test
    void outputWithoutTheCheckScriptsLinesIsRefusedWithTheOutputShown() {
        String plainWrk = OUTPUT.formatted("", 0).replaceAll("(?m)^(wrong responses|latency p\\d+ us|requests|duration us): .*\n", "");

        assertThatThrownBy(() -> Wrk.parse(plainWrk))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no 'latency p50 us' (printed by check.lua)")
                .hasMessageContaining("Requests/sec:  18283.75");
    }
}

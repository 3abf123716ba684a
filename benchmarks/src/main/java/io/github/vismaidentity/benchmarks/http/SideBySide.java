package io.github.vismaidentity.benchmarks.http;

import io.github.vismaidentity.benchmarks.http.Wrk.WrkResult;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variants driven the same way, one after the other, in rounds: every variant is warmed up once,
 * then each round runs all of them for the same time with the same connections, starting each round with
 * another variant, so that a slow minute of this shared machine falls on all of them alike. A run with a
 * wrong response or a socket error fails the whole measurement: its figures are not to be published.
 */
final class SideBySide {

    /**
     * One way of serving the page.
     *
     * @param label  how the results table names it
     * @param page   the page's URL
     * @param cookie the established session's cookie, none for the unprotected page
     * @param marker what every response must contain
     */
    record Variant(String label, URI page, Optional<String> cookie, String marker) {
    }

    /**
     * One measured run of one variant.
     *
     * @param wrk       what wrk measured
     * @param serverCpu CPU time the server used during the run
     * @param from      when the run started
     * @param to        when it ended
     */
    record Measured(WrkResult wrk, Duration serverCpu, Instant from, Instant to) {

        /** The server's CPU time per request, in microseconds. */
        double cpuMicrosPerRequest() {
            return serverCpu.toNanos() / 1000.0 / wrk.requests();
        }
    }

    private SideBySide() {
    }

    /** Each variant's results, one per round, in the order the variants were given. */
    static Map<Variant, List<Measured>> run(Wrk wrk, long serverPid, List<Variant> variants, int warmUpSeconds,
                                            int seconds, int rounds) throws IOException, InterruptedException {
        for (Variant variant : variants) {
            System.out.printf("Warming up %s for %d s%n", variant.label(), warmUpSeconds);
            checked(variant, wrk.run(variant.page(), variant.cookie(), variant.marker(), warmUpSeconds));
        }
        Map<Variant, List<Measured>> results = new LinkedHashMap<>();
        variants.forEach(variant -> results.put(variant, new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < variants.size(); i++) {
                Variant variant = variants.get((round + i) % variants.size());
                Instant from = Instant.now();
                Duration cpuBefore = ProcessCpu.of(serverPid);
                WrkResult result = checked(variant, wrk.run(variant.page(), variant.cookie(), variant.marker(), seconds));
                Measured measured = new Measured(result, ProcessCpu.of(serverPid).minus(cpuBefore), from, Instant.now());
                System.out.printf("Round %d, %s: %,.0f requests/s, p50 %d us, p99 %d us, server CPU %.0f us a request%n",
                        round + 1, variant.label(), result.perSecond(), result.p50Micros(), result.p99Micros(),
                        measured.cpuMicrosPerRequest());
                results.get(variant).add(measured);
            }
        }
        return results;
    }

    private static WrkResult checked(Variant variant, WrkResult result) {
        if (!result.clean()) {
            throw new IllegalStateException(variant.label() + " answered wrongly, not to be published: "
                    + result.wrong() + " responses not HTTP 200 with " + variant.marker() + ", " + result.socketErrors()
                    + " socket errors, of " + result.requests() + " requests");
        }
        return result;
    }
}

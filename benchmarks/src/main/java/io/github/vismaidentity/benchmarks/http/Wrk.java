package io.github.vismaidentity.benchmarks.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * wrk (Debian's package), the load generator of the side-by-side run: a C program on epoll, so on this
 * 2-core machine the server, not the generator, is what runs out of CPU first; a JVM generator would take
 * a core's worth of the same two and narrow every difference between the variants. Every response is
 * checked by {@code check.lua} (HTTP 200 and the caller on the page), which wrk alone would not do: it
 * counts a redirect as a success.
 */
final class Wrk {

    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern SOCKET_ERRORS =
            Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private final Path script;
    private final int threads;
    private final int connections;

    private Wrk(Path script, int threads, int connections) {
        this.script = script;
        this.threads = threads;
        this.connections = connections;
    }

    /** wrk with {@code check.lua} written into {@code work}; fails with what to install when wrk is missing. */
    static Wrk prepare(Path work, int threads, int connections) throws IOException {
        if (!Files.isExecutable(Path.of("/usr/bin/wrk"))) {
            throw new IllegalStateException("wrk is not installed: sudo apt-get install wrk (benchmarks/run-all does)");
        }
        Path script = work.resolve("check.lua");
        try (InputStream in = Wrk.class.getClassLoader().getResourceAsStream("http-load/check.lua")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        return new Wrk(script, threads, connections);
    }

    /** One run of {@code seconds} against {@code page}, with {@code cookie} (or none) on every request. */
    WrkResult run(URI page, Optional<String> cookie, String marker, int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/usr/bin/wrk", "-t" + threads, "-c" + connections,
                "-d" + seconds + "s", "--timeout", "10s", "-s", script.toString()));
        cookie.ifPresent(value -> command.addAll(List.of("-H", "Cookie: " + value)));
        command.addAll(List.of(page.toString(), "--", marker));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + String.join(" ", command) + "\n" + output);
        }
        return parse(output);
    }

    static WrkResult parse(String output) {
        long socketErrors = 0;
        Matcher errors = SOCKET_ERRORS.matcher(output);
        if (errors.find()) {
            for (int group = 1; group <= 4; group++) {
                socketErrors += Long.parseLong(errors.group(group));
            }
        }
        return new WrkResult(Double.parseDouble(find(REQUESTS_PER_SECOND, "Requests/sec' (wrk's own summary", output)),
                Long.parseLong(scripted("latency p50 us", output)), Long.parseLong(scripted("latency p99 us", output)),
                Long.parseLong(scripted("requests", output)), Long.parseLong(scripted("wrong responses", output)),
                socketErrors);
    }

    /** A line {@code check.lua} prints: {@code name: number}. */
    private static String scripted(String name, String output) {
        return find(Pattern.compile("(?m)^" + Pattern.quote(name) + ": (\\d+)$"), name + "' (printed by check.lua", output);
    }

    private static String find(Pattern pattern, String what, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("wrk's output has no '" + what + "):\n" + output);
        }
        return matcher.group(1);
    }

    /**
     * One wrk run.
     *
     * @param perSecond    requests per second, all of them (wrk's own figure)
     * @param p50Micros    median latency
     * @param p99Micros    99th percentile latency
     * @param requests     requests completed
     * @param wrong        responses that were not HTTP 200 with the caller on the page
     * @param socketErrors connect, read, write errors and timeouts
     */
    record WrkResult(double perSecond, long p50Micros, long p99Micros, long requests, long wrong, long socketErrors) {

        boolean clean() {
            return wrong == 0 && socketErrors == 0 && requests > 0;
        }
    }
}

package io.github.vismaidentity.benchmarks.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Payara Micro, a child process, serving the HTTP run's WARs, with {@code jdbc/visma} created by the same
 * post-boot file users give it ({@code server-config/payara}, see {@link PayaraPool}), its log in the run's
 * folder.
 */
final class PayaraNode implements AutoCloseable {

    // Payara Micro took 142 s to serve one WAR while other builds kept this 2-core machine at a load of 17.
    private static final Duration READY_WITHIN = Duration.ofMinutes(5);

    private final Process process;
    private final Path log;
    private final URI base;
    /** What the last readiness request got, for the error when the server never gets ready. */
    private String lastAnswer = "none";

    private PayaraNode(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /**
     * Starts Payara Micro from {@code runtime} (payara-micro.jar) with {@code jdbc/visma} from {@code pool}, the
     * {@code wars} and the extra {@code jvmOptions} (a profiler, say), and waits until every WAR answers. Its
     * log is {@code name}.log in {@code work}.
     */
    static PayaraNode start(Path runtime, PayaraPool pool, Path work, String name, int port, String heap,
                            List<String> jvmOptions, List<Path> wars)
            throws IOException, InterruptedException {
        Path tmp = Files.createDirectories(work.resolve("tmp"));
        Path log = work.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms" + heap, "-Xmx" + heap));
        command.addAll(jvmOptions);
        command.add("-Djava.io.tmpdir=" + tmp);
        command.addAll(pool.systemProperties());
        command.addAll(List.of(
                "-jar", runtime.resolve("payara-micro.jar").toString(),
                "--nocluster", "--port", String.valueOf(port),
                "--addlibs", pool.libs().toString(),
                "--postbootcommandfile", pool.postBoot().toString()));
        for (Path war : wars) {
            command.add("--deploy");
            command.add(war.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(pool.environment());
        Process process = builder.start();
        PayaraNode node = new PayaraNode(process, log, URI.create("http://localhost:" + port + "/"));
        node.awaitReady(wars.stream().map(war -> war.getFileName().toString().replace(".war", "")).toList());
        return node;
    }

    URI uri(String path) {
        return base.resolve(path);
    }

    long pid() {
        return process.pid();
    }

    /** Each WAR's page answers as {@link BenchWars#readyStatus} says it does when deployed. */
    private void awaitReady(List<String> apps) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            if (allAnswer(http, apps)) {
                return;
            }
            Thread.sleep(500);
        }
        String ended = process.isAlive() ? "did not serve the " + apps.size() + " application(s) within "
                + READY_WITHIN.toSeconds() + " s (last answer: " + lastAnswer + ")"
                : "exited with code " + process.exitValue() + " before it served them";
        close();
        throw new IllegalStateException("Payara Micro " + ended + "; the end of " + log + ":\n" + logTail(40));
    }

    private boolean allAnswer(HttpClient http, List<String> apps) throws InterruptedException {
        for (String app : apps) {
            if (!answers(http, app, BenchWars.readyStatus(app))) {
                return false;
            }
        }
        return true;
    }

    private boolean answers(HttpClient http, String app, int status) throws InterruptedException {
        try {
            HttpRequest page = HttpRequest.newBuilder(uri(app + "/page")).timeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> answer = http.send(page, HttpResponse.BodyHandlers.ofString());
            lastAnswer = app + "/page: HTTP " + answer.statusCode() + " "
                    + answer.body().substring(0, Math.min(200, answer.body().length())).replaceAll("\\s+", " ");
            return answer.statusCode() == status;
        } catch (IOException notYet) {
            lastAnswer = app + "/page: " + notYet;
            return false;
        }
    }

    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(" + log + " could not be read: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}

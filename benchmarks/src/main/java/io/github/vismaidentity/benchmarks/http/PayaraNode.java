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
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * One Payara Micro, a child process, serving the side-by-side run's WARs, with {@code jdbc/visma} on embedded
 * Derby created by the same post-boot file users give it ({@code server-config/payara}). Its log goes to
 * {@code payara.log} in the run's folder.
 */
final class PayaraNode implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    private final Process process;
    private final Path log;
    private final URI base;

    private PayaraNode(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /**
     * Starts Payara Micro from {@code runtime} (payara-micro.jar, lib/ with Derby) and {@code postBoot} with
     * {@code wars} and the extra {@code jvmOptions} (a profiler, say), and waits until every WAR answers.
     */
    static PayaraNode start(Path runtime, Path postBoot, Path work, int port, String heap, List<String> jvmOptions,
                            List<Path> wars)
            throws IOException, InterruptedException {
        Path tmp = Files.createDirectories(work.resolve("tmp"));
        Path log = work.resolve("payara.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms" + heap, "-Xmx" + heap));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-Djava.io.tmpdir=" + tmp,
                "-Dderby.system.home=" + work,
                "-Dvisma.derby.database=" + work.resolve("derby-" + UUID.randomUUID()),
                "-jar", runtime.resolve("payara-micro.jar").toString(),
                "--nocluster", "--port", String.valueOf(port),
                "--addlibs", runtime.resolve("lib").toString(),
                "--postbootcommandfile", postBoot.toString()));
        for (Path war : wars) {
            command.add("--deploy");
            command.add(war.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PayaraNode node = new PayaraNode(process, log, URI.create("http://localhost:" + port + "/"));
        node.awaitReady(wars.size());
        return node;
    }

    URI uri(String path) {
        return base.resolve(path);
    }

    long pid() {
        return process.pid();
    }

    /** Each WAR's page answers: 200 unprotected, a redirect to sign in for the two OpenID ones, 401 for the floor. */
    private void awaitReady(int apps) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            if (answers(http, BenchWars.PLAIN, 200) && answers(http, BenchWars.VISMA, 302)
                    && answers(http, BenchWars.OIDC, 302) && answers(http, BenchWars.FLOOR, 401)) {
                return;
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("Payara Micro did not serve the " + apps + " applications within "
                + READY_WITHIN.toSeconds() + " s; the end of " + log + ":\n" + logTail(40));
    }

    private boolean answers(HttpClient http, String app, int status) throws InterruptedException {
        try {
            HttpRequest page = HttpRequest.newBuilder(uri(app + "/page")).timeout(Duration.ofSeconds(10)).build();
            return http.send(page, HttpResponse.BodyHandlers.discarding()).statusCode() == status;
        } catch (IOException notYet) {
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

package io.github.vismaidentity.it.nodes;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * One Payara Micro process serving one WAR, started the way server-config/README.md tells a user to:
 * the database's driver added, its post-boot file, no Hazelcast cluster. Its whole output goes
 * to {@code target/nodes/<name>.log}, which LogsHoldNoSecretIT searches afterwards. Arquillian's
 * container cannot do what the tests need: two servers at once, and a {@code kill -9}.
 */
public final class PayaraNode implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(5);
    /** Payara Micro's last start-up line: {@code Payara Micro  6.2025.x #badassmicrofish (build n) ready in ...}. */
    private static final Pattern READY = Pattern.compile("Payara Micro .* ready in ");

    private final String name;
    private final Path war;
    private final NodeDatabase database;
    private final int port = FreePorts.next();
    private Process process;
    /** Where this start's output begins in the log, which earlier runs' output precedes. */
    private long logStart;

    public PayaraNode(String name, Path war, NodeDatabase database) {
        this.name = name;
        this.war = war;
        this.database = database;
    }

    private Path log() {
        return Path.of(System.getProperty("build.directory")).resolve("nodes").resolve(name + ".log");
    }

    /** The application's root URL on this node. */
    public URL app(String context) throws IOException {
        return URI.create("http://localhost:" + port + "/" + context + "/").toURL();
    }

    /** Starts the process; {@link #awaitReady} tells when it serves the application. */
    public void start() throws IOException {
        Path build = Path.of(System.getProperty("build.directory"));
        Path log = log();
        Files.createDirectories(log.getParent());
        logStart = Files.exists(log) ? Files.size(log) : 0;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.io.tmpdir=" + build));
        database.properties().forEach(property -> command.add("-D" + property));
        command.addAll(List.of("-jar", System.getProperty("payara.micro.jar"),
                "--nocluster", "--port", String.valueOf(port),
                "--addlibs", database.libs(),
                "--prebootcommandfile", System.getProperty("payara.pre-boot"),
                "--postbootcommandfile", database.postBoot(),
                "--deploy", war.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(database.environment());
        process = builder.redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** Waits until the application's index page answers 200; fails at once if the process died. */
    public void awaitReady(String context) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest index = HttpRequest.newBuilder(app(context).toURI()).timeout(Duration.ofSeconds(10)).build();
        try {
            Awaitility.await(name + " serving " + context).atMost(STARTUP)
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
                    // One predicate: a second ignoreExceptionsInstanceOf would replace the first, not add to it.
                    .ignoreExceptionsMatching(e -> e instanceof ConnectException || e instanceof HttpTimeoutException)
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("Payara Micro " + name + " exited with "
                                    + process.exitValue() + "; see target/nodes/" + name + ".log");
                        }
                        return http.send(index, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    });
        } catch (ConditionTimeoutException slow) {
            throw new IllegalStateException("Payara Micro " + name + " did not serve " + context + " within " + STARTUP);
        }
    }

    /**
     * Waits until Payara Micro says it is ready (whether or not the WAR deployed) and returns its whole log so
     * far; fails at once if the process died.
     */
    public String awaitStarted() throws IOException {
        Path log = log();
        try {
            Awaitility.await(name + " started").atMost(STARTUP).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(500)).until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("Payara Micro " + name + " exited with "
                                    + process.exitValue() + "; see target/nodes/" + name + ".log");
                        }
                        return READY.matcher(logSinceStart()).find();
                    });
        } catch (ConditionTimeoutException slow) {
            throw new IllegalStateException("Payara Micro " + name + " did not start within " + STARTUP);
        }
        return logSinceStart();
    }

    private String logSinceStart() throws IOException {
        byte[] all = Files.readAllBytes(log());
        return new String(all, (int) Math.min(logStart, all.length), (int) Math.max(0, all.length - logStart),
                StandardCharsets.UTF_8);
    }

    /** {@code kill -9}: the JVM ends at once, its connections are cut, nothing is flushed or rolled back by it. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Payara Micro " + name + " survived SIGKILL");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}

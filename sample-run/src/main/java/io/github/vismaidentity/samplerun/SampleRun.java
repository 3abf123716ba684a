package io.github.vismaidentity.samplerun;

import io.github.vismaidentity.emulator.VismaEmulator;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one-command run: the emulated Visma (unless the environment names a real Visma client, or another
 * launcher's emulator already runs on the port) and Payara Micro with the sample at {@code http://localhost:8080/},
 * on embedded Derby or the {@code --jdbc-url} database, until Ctrl-C, which stops both.
 */
public final class SampleRun {

    private static final Duration READY_WITHIN = Duration.ofMinutes(5);

    private final PrintStream out;

    private SampleRun(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        int status;
        try {
            status = new SampleRun(System.out).run(args, System.getenv());
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            status = 2;
        }
        System.exit(status);
    }

    private int run(String[] args, Map<String, String> environment) throws Exception {
        long started = System.nanoTime();
        if (Runtime.version().feature() > 21) {
            out.println("Note: Payara Micro 6 is tested here on Java 17 and supports Java 11 to 21; this is Java "
                    + Runtime.version().feature() + ". If it does not start, run this with a JDK 17 or 21.");
        }
        Path runtime = runtimeFolder();
        RunOptions options = RunOptions.parse(Arrays.asList(args), runtime.getParent().getParent().resolve("data"),
                environment);
        options.database().ifPresent(database -> database.warnings().forEach(System.err::println));
        VismaTarget target = VismaTarget.choose(environment, options, EncryptionKeyFile.loadOrCreate(options.data()));
        free(options.port(), "--port");
        Map<String, String> serverEnvironment = new LinkedHashMap<>(target.serverEnvironment());
        options.database().ifPresent(database -> {
            out.println("Checking " + database + " ...");
            DatabaseCheck.loginOrExplain(database, runtime.resolve(database.kind().folder));
            serverEnvironment.putAll(database.serverEnvironment());
        });
        VismaEmulator emulator = target.emulated() ? ownEmulatorOrNone(options) : null;
        PayaraMicro payara = PayaraMicro.start(PayaraMicro.command(javaOfThisJvm(), runtime, options),
                serverEnvironment, options.data());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(payara, emulator), "sample-run-stop"));
        out.println("Starting Payara Micro with the sample (log: " + payara.log() + ") ...");
        DeploymentLog deployment = new DeploymentLog(payara.log());
        Startup startup = awaitReady(payara, options, deployment);
        if (startup == Startup.NOT_DEPLOYED) {
            notDeployed(payara, deployment, options);
            return 1;
        }
        if (startup == Startup.NOT_STARTED) {
            System.err.println("The sample did not start. The end of " + payara.log() + ":");
            System.err.println(payara.logTail(40));
            return 1;
        }
        banner(options, target, emulator != null, environment, Duration.ofNanos(System.nanoTime() - started));
        return payara.waitFor() == 0 ? 0 : 1;
    }

    /** A new emulator on a free port; none when another launcher's runs there and takes this node's sign-ins. */
    private VismaEmulator ownEmulatorOrNone(RunOptions options) {
        if (isFree(options.emulatorPort())) {
            return startEmulator(options);
        }
        EmulatorOnPort.useOrExplain(options);
        if (!options.otherNodePorts().isEmpty() || !options.accessTokenTtl().equals(RunOptions.VISMA_ACCESS_TOKEN_TTL)) {
            out.println("Note: --other-node-port and --access-token-ttl set up an emulator this launcher starts; the "
                    + "one on port " + options.emulatorPort() + " runs with its own launcher's.");
        }
        return null;
    }

    /** The emulator, taking sign-ins from this launcher's sample and from the other nodes'. */
    private static VismaEmulator startEmulator(RunOptions options) {
        List<Integer> samples = new ArrayList<>(List.of(options.port()));
        samples.addAll(options.otherNodePorts());
        return VismaEmulator.builder().port(options.emulatorPort()).accessTokenLifetime(options.accessTokenTtl())
                .clients(VismaTarget.emulatorClient(samples)).start();
    }

    /** How the start ended. */
    private enum Startup { READY, NOT_DEPLOYED, NOT_STARTED }

    /**
     * Polls the home page until it answers 200, and Payara's log for a failed deployment, after which Payara
     * goes on running without the sample: waiting for it would only hide the reason.
     */
    private static Startup awaitReady(PayaraMicro payara, RunOptions options, DeploymentLog deployment)
            throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest home = HttpRequest.newBuilder(URI.create(options.appUrl())).timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (payara.isAlive() && System.nanoTime() < deadline) {
            if (deployment.failed()) {
                return Startup.NOT_DEPLOYED;
            }
            try {
                // Payara's "ready" first: until then what answers on the port may be another server.
                if (deployment.started()
                        && http.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Startup.READY;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return deployment.failed() ? Startup.NOT_DEPLOYED : Startup.NOT_STARTED;
    }

    /** What the extension said about the configuration, without Payara's stack traces around it. */
    private static void notDeployed(PayaraMicro payara, DeploymentLog deployment, RunOptions options) {
        if (!deployment.failedBootCommands().isEmpty()) {
            System.err.println("Payara Micro could not set up the server: " + String.join(", ",
                    deployment.failedBootCommands()) + " from " + PayaraMicro.postBootFile(options) + " failed ("
                    + payara.log() + " says why). Without it the sample has no jdbc/visma; nothing was deployed.");
            return;
        }
        if (deployment.messages().isEmpty()) {
            System.err.println("The sample was not deployed (" + payara.log() + "):");
            System.err.println("  " + deployment.reason().orElse("Payara gave no reason on the same line."));
            System.err.println("The log has the details.");
            return;
        }
        System.err.println("The sample was not deployed: Payara Micro could not load it (" + payara.log() + ").");
        deployment.messages().forEach(message -> System.err.println("  " + message));
        System.err.println("Each message says what to change (docs/reference/messages.md lists them all); then "
                + "run this again.");
    }

    private void banner(RunOptions options, VismaTarget target, boolean ownEmulator, Map<String, String> environment,
                        Duration took) {
        out.printf("%nVisma sample ready in %.1f s at %s%n", took.toMillis() / 1000.0, options.appUrl());
        String emulator = "http://localhost:" + options.emulatorPort() + "/";
        if (target.emulated() && ownEmulator) {
            out.println("  Visma is emulated at " + emulator + ": sign in as demo / demo (two companies) or solo / solo.");
            options.otherNodePorts().forEach(port -> out.println("  It also takes the sign-ins of the sample at "
                    + RunOptions.appUrl(port) + " (--other-node-port)."));
        } else if (target.emulated()) {
            out.println("  Visma is emulated at " + emulator + " by the launcher that started it (it stops with that "
                    + "one): sign in as demo / demo or solo / solo.");
        } else {
            out.println("  Visma: " + target.issuer(environment) + " with client "
                    + environment.get(VismaTarget.CLIENT_ID) + ".");
        }
        Path key = options.data().resolve(EncryptionKeyFile.NAME);
        if (!environment.containsKey(VismaTarget.ENCRYPTION_KEY)) {
            out.println("  Tokens are encrypted with the key in " + key + ".");
        }
        if (options.database().isPresent()) {
            out.println("  Database: " + options.database().get() + "; key and payara.log: " + options.data());
            if (!environment.containsKey(VismaTarget.ENCRYPTION_KEY)) {
                out.println("  Another node on this database needs the same key: start it with "
                        + VismaTarget.ENCRYPTION_KEY + "=\"$(cat " + key + ")\".");
            }
        } else {
            out.println("  Database, key and payara.log: " + options.data());
        }
        out.println("  Ctrl-C stops it.");
    }

    private void stop(PayaraMicro payara, VismaEmulator emulator) {
        out.println("Stopping ...");
        try {
            payara.stop(30);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (emulator != null) {
            emulator.stop();
        }
        out.println("Stopped.");
    }

    private static void free(int port, String option) {
        if (!isFree(port)) {
            throw new IllegalStateException("Port " + port + " is in use: stop what uses it, or choose another with "
                    + option + ".");
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress("localhost", port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** {@code target/sample-run}, next to this jar, where the build put Payara Micro, Derby and the WAR. */
    private static Path runtimeFolder() throws URISyntaxException {
        Path jar = Path.of(SampleRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path runtime = jar.getParent().resolve("sample-run");
        if (!Files.isRegularFile(runtime.resolve("payara-micro.jar"))) {
            throw new IllegalStateException(runtime + " has no payara-micro.jar: build it first with "
                    + "./mvnw -q -pl sample-run -am package -DskipTests");
        }
        return runtime;
    }

    private static Path javaOfThisJvm() {
        return ProcessHandle.current().info().command().map(Path::of)
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
    }
}

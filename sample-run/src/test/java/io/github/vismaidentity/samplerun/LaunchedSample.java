package io.github.vismaidentity.samplerun;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The README's run command as a newcomer types it, started as a real process on free ports (or given ones) with
 * its own data folder and any further options; its console output is collected so that a test can wait for the ready line and read the rest.
 */
final class LaunchedSample implements AutoCloseable {

    final int port;
    final int emulatorPort;
    final Path data;
    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();

    LaunchedSample(Path jar, Path data) throws IOException {
        this(jar, data, Map.of());
    }

    /** With {@code environment} added to this process's own, as a user sets it before the command. */
    LaunchedSample(Path jar, Path data, Map<String, String> environment) throws IOException {
        this(jar, data, freePort(), freePort(), environment, List.of());
    }

    /** On the given ports, with {@code arguments} after the ports and the data folder. */
    LaunchedSample(Path jar, Path data, int port, int emulatorPort, Map<String, String> environment,
                   List<String> arguments) throws IOException {
        this.port = port;
        this.emulatorPort = emulatorPort;
        this.data = data;
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(), "--port", String.valueOf(port),
                "--emulator-port", String.valueOf(emulatorPort), "--data", data.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        process = builder.start();
        Thread reader = new Thread(this::collect, "sample-run-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Waits for "Visma sample ready"; fails with the console output when the launcher ends or is too slow. */
    void awaitReady(Duration within) {
        awaitLine("Visma sample ready", within);
    }

    /** Waits for a line with {@code text}; fails with the console output when the launcher ends or is too slow. */
    void awaitLine(String text, Duration within) {
        ConsoleProcess.awaitLine(process, this::console, "The launcher", text, within);
    }

    /** Waits until the launcher ends by itself; its exit status, or empty when it still runs after {@code within}. */
    Optional<Integer> awaitEnd(Duration within) throws InterruptedException {
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(process.exitValue())
                : Optional.empty();
    }

    /** Ctrl-C: SIGINT to the launcher, as a terminal sends it; true when it ended within the time. */
    boolean interrupt(Duration within) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).inheritIO().start().waitFor();
        return process.waitFor(within.toSeconds(), TimeUnit.SECONDS);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    String console() {
        return String.join("\n", output);
    }

    /** Processes of this run still alive: any whose command line names its data folder (Payara Micro does). */
    List<ProcessHandle> leftovers() {
        return ProcessHandle.allProcesses().filter(handle -> handle.info().commandLine()
                .filter(line -> line.contains(data.toString())).isPresent()).toList();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        leftovers().forEach(ProcessHandle::destroyForcibly);
    }

    private void collect() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
            }
        } catch (IOException ended) {
            // the process is gone
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

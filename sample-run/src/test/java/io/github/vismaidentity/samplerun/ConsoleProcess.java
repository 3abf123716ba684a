package io.github.vismaidentity.samplerun;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** A command a user runs in a terminal, as a child process whose output goes to a file a test can wait on. */
final class ConsoleProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ConsoleProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ConsoleProcess start(List<String> command, Path folder, Path log) throws IOException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new ConsoleProcess(process, log);
    }

    /** Waits for a line holding {@code text}; fails with the output when the process ends first or is too slow. */
    void awaitLine(String text, Duration within) {
        awaitLine(process, this::output, "The command", text, within);
    }

    /**
     * Waits until {@code output} holds {@code text}; fails with the output when {@code process} ends first or is
     * too slow.
     *
     * @param who the process, for the message: "The launcher"
     */
    static void awaitLine(Process process, Supplier<String> output, String who, String text, Duration within) {
        try {
            Awaitility.await(text).atMost(within).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        if (output.get().contains(text)) {
                            return true;
                        }
                        if (!process.isAlive()) {
                            throw new AssertionError(who + " ended with " + process.exitValue() + " before '" + text
                                    + "':\n" + output.get());
                        }
                        return false;
                    });
        } catch (ConditionTimeoutException slow) {
            throw new AssertionError("No '" + text + "' within " + within + ":\n" + output.get());
        }
    }

    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(" + log + " unreadable: " + e + ")";
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

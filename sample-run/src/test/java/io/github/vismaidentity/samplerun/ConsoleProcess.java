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
        try {
            Awaitility.await(text).atMost(within).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        if (output().contains(text)) {
                            return true;
                        }
                        if (!process.isAlive()) {
                            throw new AssertionError("Ended with " + process.exitValue() + " before '" + text
                                    + "':\n" + output());
                        }
                        return false;
                    });
        } catch (ConditionTimeoutException slow) {
            throw new AssertionError("No '" + text + "' within " + within + ":\n" + output());
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

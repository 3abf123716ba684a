package io.github.vismaidentity.samplerun;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A shell script of server-config/, run with bash as a user runs it; its status and its output, both streams. */
final class ServerConfigScript {

    static final Path SERVER_CONFIG = TestFolders.TARGET.getParent().getParent().resolve("server-config");

    private ServerConfigScript() {
    }

    /** Runs {@code script} (a path in server-config/) with {@code environment} changed as given (null removes). */
    static Result run(String script, Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SERVER_CONFIG.resolve(script).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(script + " ends").isTrue();
        return new Result(process.exitValue(), output);
    }

    record Result(int status, String output) {
    }
}

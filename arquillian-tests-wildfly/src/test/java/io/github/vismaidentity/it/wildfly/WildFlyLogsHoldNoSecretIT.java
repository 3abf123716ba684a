package io.github.vismaidentity.it.wildfly;

import io.github.vismaidentity.it.support.IssuedSecrets;
import io.github.vismaidentity.it.support.LogAudit;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SECURITY.md: never a token, code or secret in a log line, on WildFly too. Failsafe runs this in its own
 * execution after WildFlySignInIT and WildFlySampleIT: it searches the test JVM's output (WildFly's console in it)
 * and WildFly's own log files for every code and token the emulators handed out during the run.
 */
class WildFlyLogsHoldNoSecretIT {

    @Test
    void noCodeOrTokenHandedOutDuringTheRunAppearsInWildFlysLogs() throws IOException {
        Path build = Path.of(System.getProperty("build.directory"));
        Path serverLogs = Path.of(System.getProperty("wildfly.home"), "standalone", "log");
        List<String> secrets = IssuedSecrets.all();
        Map<Path, String> logs = LogAudit.ofRun(build, LogAudit.files(serverLogs, ".log"));

        assertThat(secrets).as("codes and tokens WildFlySignInIT and WildFlySampleIT were given (did they run?)").hasSizeGreaterThan(10);
        assertThat(logs.keySet().stream().map(log -> log.getFileName().toString())).as("logs of the run")
                .contains("io.github.vismaidentity.it.wildfly.WildFlySignInIT-output.txt",
                        "io.github.vismaidentity.it.wildfly.WildFlySampleIT-output.txt", "server.log");
        assertThat(logs.values().stream().filter(text -> text.contains("WFLYSRV") && text.contains("VISMAID")))
                .as("logs with both WildFly's and the extension's lines (the refusals log their IDs)")
                .hasSizeGreaterThanOrEqualTo(2);
        LogAudit.assertNoSecretIn(logs, secrets, build);
    }
}

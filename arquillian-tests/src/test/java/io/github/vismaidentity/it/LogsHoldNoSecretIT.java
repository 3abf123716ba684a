package io.github.vismaidentity.it;

import io.github.vismaidentity.it.support.IssuedSecrets;
import io.github.vismaidentity.it.support.LogAudit;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SECURITY.md: never a token, code or secret in a log line. Failsafe runs this in its own execution
 * after every other container test; it reads everything the run printed (the test JVM's output with the
 * Arquillian-managed servers' logs in it, the sample WAR's server among them, and the process logs of
 * TwoNodesIT's and PostgresTwoNodesIT's nodes, Derby and PostgreSQL) and searches it for every code, access token, refresh token and ID token the
 * emulators handed out.
 */
class LogsHoldNoSecretIT {

    private static final Path BUILD = Path.of(System.getProperty("build.directory"));

    @Test
    void noCodeOrTokenHandedOutDuringTheRunAppearsInAnyLog() throws IOException {
        List<String> secrets = IssuedSecrets.all();
        Map<Path, String> logs = LogAudit.ofRun(BUILD, Stream.of("nodes", "derby", "derby-network", "postgres-nodes")
                .flatMap(folder -> LogAudit.files(BUILD.resolve(folder), ".log")));

        assertThat(secrets).as("codes and tokens the container tests were given (did they run?)").hasSizeGreaterThan(10);
        assertThat(logs.keySet().stream().map(log -> BUILD.relativize(log).toString())).as("logs of the run")
                .contains("failsafe-reports/io.github.vismaidentity.it.signin.SignInIT-output.txt",
                        "failsafe-reports/io.github.vismaidentity.it.sample.PayaraSampleIT-output.txt",
                        "nodes/node-a.log", "nodes/node-b.log");
        assertThat(logs.values().stream().filter(text -> text.contains("Payara Micro") && text.contains("VISMAID")))
                .as("logs with both Payara's and the extension's lines (SignInIT's refusals, TwoNodesIT's VISMAID4002)")
                .hasSizeGreaterThanOrEqualTo(2);
        LogAudit.assertNoSecretIn(logs, secrets, BUILD);
    }
}

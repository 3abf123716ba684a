package io.github.vismaidentity.it.wildfly;

import io.github.vismaidentity.it.support.IssuedSecrets;
import io.github.vismaidentity.it.support.LogAudit;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SECURITY.md: never a token, code or secret in a log line, on WildFly too. Failsafe runs this in its own execution
 * after the others (Derby's server: WildFlySignInIT, WildFlySampleIT, ...; PostgreSQL's: WildFlyPostgreSqlSignInIT):
 * it searches the test JVMs' output (each WildFly's console in it) and both servers' log files for every code and
 * token the emulators handed out during the run, and for the password of the PostgreSQL role that the second
 * server's datasource signs in with.
 */
class WildFlyLogsHoldNoSecretIT {

    @Test
    void noCodeOrTokenHandedOutDuringTheRunAppearsInWildFlysLogs() throws IOException {
        Path build = Path.of(System.getProperty("build.directory"));
        Path serverLogs = Path.of(System.getProperty("wildfly.home"), "standalone", "log");
        Path postgreSqlServerLogs = Path.of(System.getProperty("wildfly.postgresql.home"), "standalone", "log");
        List<String> secrets = new ArrayList<>(IssuedSecrets.all());
        // The password of the PostgreSQL role the second server's datasource signs in with.
        secrets.add(System.getProperty("postgresql.test.password"));
        Map<Path, String> logs = LogAudit.ofRun(build,
                Stream.concat(LogAudit.files(serverLogs, ".log"), LogAudit.files(postgreSqlServerLogs, ".log")));

        assertThat(secrets).as("codes and tokens the WildFly tests were given (did they run?)").hasSizeGreaterThan(10);
        assertThat(logs.keySet().stream().map(log -> log.getFileName().toString())).as("logs of the run")
                .contains("io.github.vismaidentity.it.wildfly.WildFlySignInIT-output.txt",
                        "io.github.vismaidentity.it.wildfly.WildFlySampleIT-output.txt",
                        "io.github.vismaidentity.it.wildfly.WildFlyPostgreSqlSignInIT-output.txt");
        assertThat(logs.keySet()).as("both servers' server.log")
                .contains(serverLogs.resolve("server.log"), postgreSqlServerLogs.resolve("server.log"));
        assertThat(logs.values().stream().filter(text -> text.contains("WFLYSRV") && text.contains("VISMAID")))
                .as("logs with both WildFly's and the extension's lines (the refusals log their IDs)")
                .hasSizeGreaterThanOrEqualTo(2);
        LogAudit.assertNoSecretIn(logs, secrets, build);
    }
}

package io.github.vismaidentity.it.wildfly;

import io.github.vismaidentity.it.support.IssuedSecrets;
import io.github.vismaidentity.it.support.LogAudit;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SECURITY.md: never a token, code or secret in a log line, on WildFly too. Failsafe runs this in its own execution
 * after the others (Derby's server: WildFlySignInIT, WildFlySampleIT, ...; PostgreSQL's: WildFlyPostgreSqlSignInIT;
 * MariaDB's, when run: WildFlyMariaDbSignInIT): it searches the test JVMs' output (each WildFly's console in it) and
 * the servers' log files for every code and token the emulators handed out during the run, and for the passwords of
 * the database users the PostgreSQL and MariaDB servers' datasources sign in with.
 */
class WildFlyLogsHoldNoSecretIT {

    private static final List<String> SERVERS = List.of("wildfly.home", "wildfly.postgresql.home", "wildfly.mariadb.home");

    @Test
    void noCodeOrTokenHandedOutDuringTheRunAppearsInWildFlysLogs() throws IOException {
        Path build = Path.of(System.getProperty("build.directory"));
        List<Path> serverLogs = SERVERS.stream()
                .map(home -> Path.of(System.getProperty(home), "standalone", "log")).toList();
        List<String> secrets = new ArrayList<>(IssuedSecrets.all());
        secrets.add(System.getProperty("postgresql.test.password"));
        secrets.add(System.getProperty("mariadb.test.password"));
        Map<Path, String> logs = LogAudit.ofRun(build,
                serverLogs.stream().flatMap(folder -> LogAudit.files(folder, ".log")));

        assertThat(secrets).as("codes and tokens the WildFly tests were given (did they run?)").hasSizeGreaterThan(10);
        assertThat(logs.keySet().stream().map(log -> log.getFileName().toString())).as("logs of the run")
                .contains("io.github.vismaidentity.it.wildfly.WildFlySignInIT-output.txt",
                        "io.github.vismaidentity.it.wildfly.WildFlySampleIT-output.txt",
                        "io.github.vismaidentity.it.wildfly.WildFlyPostgreSqlSignInIT-output.txt");
        // MariaDB's server is left out with -Dwildfly.mariadb.skip=true; its logs are searched when there.
        assertThat(logs.keySet()).as("the Derby and PostgreSQL servers' server.log")
                .contains(serverLogs.get(0).resolve("server.log"), serverLogs.get(1).resolve("server.log"));
        assertThat(logs.values().stream().filter(text -> text.contains("WFLYSRV") && text.contains("VISMAID")))
                .as("logs with both WildFly's and the extension's lines (the refusals log their IDs)")
                .hasSizeGreaterThanOrEqualTo(2);
        LogAudit.assertNoSecretIn(logs, secrets, build);
    }
}

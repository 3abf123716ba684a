package io.github.vismaidentity.samplerun;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14 item 16: the launcher reads a failed deployment out of Payara's log as Payara writes it. */
class DeploymentLogTest {

    /** Payara Micro 6.2025.10's own lines (shortened), colours and all, for a short encryption key. */
    private static final String FAILURE = """
            [2026-12-02T06:03:19.573+0000] [] [\u001B[1;91mSEVERE\u001B[0m] [NCLS-CORE-00026] [\u001B[1;94mjavax.enterprise.system.core\u001B[0m] [tid: _ThreadID=1 _ThreadName=main] [timeMillis: 1796191399573] [levelValue: 1000] [[
              Exception during lifecycle processing
            org.glassfish.deployment.common.DeploymentException: CDI definition failure:Exception List with 1 exceptions:
            Exception 0 :
            jakarta.enterprise.inject.spi.DefinitionException: The Visma identity configuration has a problem:
            VISMAID1003: visma.identity.issuer is not an absolute URL.
            VISMAID1011: visma.identity.encryption-key decodes to 5 bytes; it must be 32 (AES-256).
            \tat io.github.vismaidentity.cdi.VismaIdentityExtension.registerMechanism(VismaIdentityExtension.java:92)
            ]]

            [2026-12-02T06:03:19.574+0000] [] [\u001B[1;91mSEVERE\u001B[0m] [] [\u001B[1;94mjavax.enterprise.system.core\u001B[0m] [tid: _ThreadID=1 _ThreadName=main] [timeMillis: 1796191399574] [levelValue: 1000] Exception while loading the app

            [2026-12-02T06:03:19.589+0000] [] [\u001B[1;91mSEVERE\u001B[0m] [] [\u001B[1;94mjavax.enterprise.system.core\u001B[0m] [tid: _ThreadID=1 _ThreadName=main] [timeMillis: 1796191399589] [levelValue: 1000] [[
              Exception while loading the app : CDI definition failure:Exception List with 1 exceptions:
            VISMAID1003: visma.identity.issuer is not an absolute URL.
            VISMAID1011: visma.identity.encryption-key decodes to 5 bytes; it must be 32 (AES-256).
            """;

    @TempDir
    Path folder;

    @Test
    void aLogWithoutTheFailureLineIsNoFailure() throws Exception {
        Path log = Files.writeString(folder.resolve("payara.log"), FAILURE.substring(0, FAILURE.indexOf("\n\n")));
        DeploymentLog deployment = new DeploymentLog(log);

        assertThat(deployment.failed()).isFalse();
        assertThat(deployment.messages()).as("already seen").hasSize(2);
    }

    @Test
    void noLogYetIsNoFailure() throws Exception {
        assertThat(new DeploymentLog(folder.resolve("payara.log")).failed()).isFalse();
    }

    @Test
    void theFailureLineIsNoticedAsPayaraWritesItAndEachMessageIsKeptOnceWithoutColoursOrStackTraces()
            throws Exception {
        Path log = folder.resolve("payara.log");
        DeploymentLog deployment = new DeploymentLog(log);
        int cut = FAILURE.indexOf("Exception while loading the app") + 10;
        Files.writeString(log, FAILURE.substring(0, cut));

        assertThat(deployment.failed()).as("half the failure line written").isFalse();

        Files.writeString(log, FAILURE.substring(cut), StandardOpenOption.APPEND);

        assertThat(deployment.failed()).isTrue();
        assertThat(deployment.messages()).containsExactly(
                "VISMAID1003: visma.identity.issuer is not an absolute URL.",
                "VISMAID1011: visma.identity.encryption-key decodes to 5 bytes; it must be 32 (AES-256).");
    }

    @Test
    void aFailureThatIsNotTheExtensionsGivesPayarasReason() throws Exception {
        Path log = Files.writeString(folder.resolve("payara.log"), """
                [...] [levelValue: 1000] Exception while loading the app
                [...] [levelValue: 1000] [[
                  Exception while loading the app : java.lang.IllegalStateException: No datasource jdbc/visma
                """, StandardCharsets.UTF_8);
        DeploymentLog deployment = new DeploymentLog(log);

        assertThat(deployment.failed()).isTrue();
        assertThat(deployment.messages()).isEmpty();
        assertThat(deployment.reason()).contains("java.lang.IllegalStateException: No datasource jdbc/visma");
    }

    /**
     * Payara Micro 6.2025.10's lines when a post-boot command fails: it goes on and deploys the sample, which
     * answers but has no {@code jdbc/visma}. Its text may quote a piece of the pool's properties (a password's,
     * when it has a colon), so only the command's name is kept.
     */
    @Test
    void aFailedBootCommandIsAFailedStartNamingTheCommandButNotPayarasText() throws Exception {
        Path log = Files.writeString(folder.resolve("payara.log"), """
                [2026-12-02T09:40:45.430+0000] [] [[1;93mWARNING[0m] [] [[1;94mfish.payara.boot.runtime.BootCommand[0m] [tid: _ThreadID=1 _ThreadName=main] [timeMillis: 1796204445430] [levelValue: 900] [[
                  Boot Command create-jdbc-connection-pool failed PlainTextActionReporterFAILUREjava.lang.IllegalArgumentException: Invalid property syntax, missing property value: s3cret
                [2026-12-02T09:40:45.591+0000] [] [[1;93mWARNING[0m] [] [[1;94mfish.payara.boot.runtime.BootCommand[0m] [tid: _ThreadID=1 _ThreadName=main] [timeMillis: 1796204445591] [levelValue: 900] Boot Command create-jdbc-resource failed PlainTextActionReporterFAILUREAttribute value (pool-name = VismaPool) is not found in list of jdbc connection pools.
                """, StandardCharsets.UTF_8);
        DeploymentLog deployment = new DeploymentLog(log);

        assertThat(deployment.failed()).isTrue();
        assertThat(deployment.failedBootCommands()).containsExactly("create-jdbc-connection-pool",
                "create-jdbc-resource");
        assertThat(deployment.messages()).isEmpty();
        assertThat(deployment.reason()).isEmpty();
    }

    /**
     * Payara Micro 6.2025.10's lines when its port was taken after the launcher checked it (another launcher's
     * Payara, still starting, on the same --port): it says it exits, does not, and the home page that answers is
     * the other server's. Seen by hand: the launcher waited for 15 minutes.
     */
    @Test
    void payarasFailedStartIsAFailureWithItsCause() throws Exception {
        Path log = Files.writeString(folder.resolve("payara.log"), """
                [2026-12-02T10:16:05.998+0000] [] [[1;91mSEVERE[0m] [] [[1;94mjavax.enterprise.system.core[0m] [tid: _ThreadID=1 _ThreadName=main] [timeMillis: 1796206565998] [levelValue: 1000] [[
                  Shutting down server due to startup exception
                java.net.BindException: Address already in use
                	at java.base/sun.nio.ch.Net.bind0(Native Method)
                ]]
                [2026-12-02T10:16:06.025+0000] [] [[1;91mSEVERE[0m] [] [[1;94mjavax.enterprise.system.core[0m] [tid: _ThreadID=1 _ThreadName=main] [timeMillis: 1796206566025] [levelValue: 1000] Failed to start, exiting
                """, StandardCharsets.UTF_8);
        DeploymentLog deployment = new DeploymentLog(log);

        assertThat(deployment.failed()).isTrue();
        assertThat(deployment.reason()).contains("Payara Micro did not start: java.net.BindException: Address already in use");
        assertThat(deployment.started()).isFalse();
    }

    /** Only Payara's own "ready" line says that the home page answering on the port is this launcher's sample. */
    @Test
    void theSampleHasStartedOnlyOncePayaraSaysItIsReady() throws Exception {
        Path log = folder.resolve("payara.log");
        Files.writeString(log, "[...] [levelValue: 800] Deployed 1 archive(s)\n");
        DeploymentLog deployment = new DeploymentLog(log);

        assertThat(deployment.failed()).isFalse();
        assertThat(deployment.started()).isFalse();

        Files.writeString(log, "[2026-12-02T10:16:50.761+0000] [] [[1;92mINFO[0m] [] [[1;94mPayaraMicro"
                + "[0m] [tid: _ThreadID=1 _ThreadName=main] [timeMillis: 1796206610761] [levelValue: 800] Payara Micro "
                + "6.2025.10 (build 42) ready in 246,449 (ms)\n", StandardOpenOption.APPEND);

        assertThat(deployment.failed()).isFalse();
        assertThat(deployment.started()).isTrue();
    }
}

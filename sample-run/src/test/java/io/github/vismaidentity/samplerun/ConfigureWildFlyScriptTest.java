package io.github.vismaidentity.samplerun;

import io.github.vismaidentity.samplerun.ServerConfigScript.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * server-config/wildfly/configure-wildfly.sh checks its inputs before it runs a .cli file: a wrong one ends it with
 * status 2 and a message that says what to fix, and jboss-cli.sh (here a stand-in that records its arguments)
 * never runs; right ones reach jboss-cli.sh as the .cli file's properties.
 */
@DisabledOnOs(OS.WINDOWS)
class ConfigureWildFlyScriptTest {

    private static final Path SCRIPT = ServerConfigScript.SERVER_CONFIG.resolve("wildfly/configure-wildfly.sh");

    @TempDir
    Path folder;
    Path wildfly;
    Path derby;

    @BeforeEach
    void aWildFlyWhoseCliRecordsItsArguments() throws IOException {
        wildfly = Files.createDirectories(folder.resolve("wildfly-39.0.1.Final"));
        Path cli = Files.createDirectories(wildfly.resolve("bin")).resolve("jboss-cli.sh");
        Files.writeString(cli, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done >> \"$(dirname \"$0\")/calls\"\n");
        Files.setPosixFilePermissions(cli, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(Files.createDirectories(wildfly.resolve("standalone/configuration"))
                .resolve("standalone.xml"), "<server/>");
        derby = Files.createDirectories(folder.resolve("derby"));
    }

    @Test
    void aMissingDerbyFolderEndsWithStatus2AndSaysWhatToFetchWithoutRunningTheCli() throws Exception {
        Result result = run("--wildfly", wildfly.toString(), "--derby-lib", folder.resolve("nowhere").toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.output()).contains("--derby-lib", "is not a folder", "docs/guides/wildfly.md",
                "Nothing was changed");
        assertThat(wildfly.resolve("bin/calls")).doesNotExist();
    }

    @Test
    void derbyJarsWithVersionsInTheirNamesAreRefusedWithTheNamesTheCliExpects() throws Exception {
        for (String jar : List.of("derby-10.16.1.1.jar", "derbyshared-10.16.1.1.jar", "derbytools-10.16.1.1.jar")) {
            Files.writeString(derby.resolve(jar), "");
        }

        Result result = run("--wildfly", wildfly.toString(), "--derby-lib", derby.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.output()).contains("lacks derby.jar derbyshared.jar derbytools.jar",
                "derby-10.16.1.1.jar", "-Dmdep.stripVersion=true");
        assertThat(wildfly.resolve("bin/calls")).doesNotExist();
    }

    @Test
    void aFolderThatIsNoWildFlyAndAMissingConfigurationAreNamed() throws Exception {
        Result notWildFly = run("--wildfly", folder.toString(), "--derby-lib", derby.toString());
        Result noConfiguration = run("--wildfly", wildfly.toString(), "--server-config", "standalone-ha.xml",
                "--derby-lib", derby.toString());
        Result noDatabase = run("--wildfly", wildfly.toString());

        assertThat(notWildFly.status()).isEqualTo(2);
        assertThat(notWildFly.output()).contains("is not a WildFly folder", "bin/jboss-cli.sh");
        assertThat(noConfiguration.status()).isEqualTo(2);
        assertThat(noConfiguration.output()).contains("no configuration 'standalone-ha.xml'");
        assertThat(noDatabase.status()).isEqualTo(2);
        assertThat(noDatabase.output()).contains("no database", "--derby-lib DIR");
    }

    @Test
    void aServerThatHasTheDatasourceAlreadyIsLeftAlone() throws Exception {
        Files.writeString(wildfly.resolve("standalone/configuration/standalone.xml"),
                "<datasource jndi-name=\"java:/jdbc/visma\" pool-name=\"VismaDerby\"/>");
        derbyJars();

        Result result = run("--wildfly", wildfly.toString(), "--derby-lib", derby.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.output()).contains("already has the datasource java:/jdbc/visma");
        assertThat(wildfly.resolve("bin/calls")).doesNotExist();
    }

    @Test
    void theRightInputsReachJbossCliAsTheDerbyFilesProperties() throws Exception {
        derbyJars();

        Result result = run("--wildfly", wildfly.toString(), "--server-config", "standalone.xml",
                "--derby-lib", derby.toString());

        assertThat(result.status()).as(result.output()).isZero();
        assertThat(Files.readAllLines(wildfly.resolve("bin/calls"))).containsExactly(
                "-Dvisma.derby.lib=" + derby.toRealPath(), "-Dvisma.server.config=standalone.xml",
                "--file=" + SCRIPT.getParent().toRealPath().resolve("visma-derby-embedded.cli"));
    }

    @Test
    void aDriverThatIsNoJarIsRefused() throws Exception {
        Path notAJar = Files.writeString(folder.resolve("postgresql.zip"), "");

        Result result = run("--wildfly", wildfly.toString(), "--postgresql-driver", notAJar.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.output()).contains("is not a .jar");
    }

    private void derbyJars() throws IOException {
        for (String jar : List.of("derby.jar", "derbyshared.jar", "derbytools.jar")) {
            Files.writeString(derby.resolve(jar), "");
        }
    }

    private Result run(String... arguments) throws Exception {
        // Without the caller's JBOSS_HOME, so that only --wildfly names the server.
        return ServerConfigScript.run("wildfly/configure-wildfly.sh", Collections.singletonMap("JBOSS_HOME", null),
                arguments);
    }
}

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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * server-config/payara/start-payara-micro.sh checks its inputs before it starts Payara Micro, which would deploy
 * the WAR without jdbc/visma when its post-boot file fails: a wrong one ends it with status 2 and what to fix,
 * and {@code java} (here a stand-in on the PATH that records its arguments) never runs.
 */
@DisabledOnOs(OS.WINDOWS)
class StartPayaraMicroScriptTest {

    private static final Path SCRIPT = ServerConfigScript.SERVER_CONFIG.resolve("payara/start-payara-micro.sh");

    @TempDir
    Path folder;
    Path bin;
    Path payara;
    Path derby;
    Path war;

    @BeforeEach
    void aJavaThatRecordsItsArgumentsAndTheFilesTheRecipeFetches() throws IOException {
        bin = Files.createDirectories(folder.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done > \"$(dirname \"$0\")/calls\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        payara = Files.writeString(folder.resolve("payara-micro.jar"), "");
        derby = Files.createDirectories(folder.resolve("derby"));
        war = Files.writeString(folder.resolve("myapp.war"), "");
    }

    @Test
    void aMissingDerbyFolderEndsWithStatus2AndSaysWhereToFetchTheJars() throws Exception {
        Result result = run("--payara-micro", payara.toString(), "--derby-lib", folder.resolve("nowhere").toString(),
                "--database", folder.resolve("db").toString(), war.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.output()).contains("--derby-lib", "is not a folder", "docs/guides/payara.md",
                "Nothing was started");
        assertThat(bin.resolve("calls")).doesNotExist();
    }

    @Test
    void derbyJarsWithVersionsInTheirNamesAreRefused() throws Exception {
        Files.writeString(derby.resolve("derby-10.16.1.1.jar"), "");

        Result result = run("--payara-micro", payara.toString(), "--derby-lib", derby.toString(),
                "--database", folder.resolve("db").toString(), war.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.output()).contains("lacks derby.jar derbyshared.jar derbytools.jar", "derby-10.16.1.1.jar",
                "-Dmdep.stripVersion=true");
        assertThat(bin.resolve("calls")).doesNotExist();
    }

    @Test
    void aDatabasePathWithAColonAMissingPayaraAndAMissingWarAreNamed() throws Exception {
        derbyJars();

        Result colon = run("--payara-micro", payara.toString(), "--derby-lib", derby.toString(),
                "--database", folder.resolve("memory:visma").toString(), war.toString());
        Result noPayara = run("--payara-micro", folder.resolve("none.jar").toString(), "--derby-lib",
                derby.toString(), "--database", folder.resolve("db").toString(), war.toString());
        Result noWar = run("--payara-micro", payara.toString(), "--derby-lib", derby.toString(),
                "--database", folder.resolve("db").toString(), folder.resolve("target/myapp.war").toString());

        assertThat(List.of(colon.status(), noPayara.status(), noWar.status())).containsOnly(2);
        assertThat(colon.output()).contains("holds a colon");
        assertThat(noPayara.output()).contains("--payara-micro", "is not a file");
        assertThat(noWar.output()).contains("is not a file (build it first");
        assertThat(bin.resolve("calls")).doesNotExist();
    }

    @Test
    void theRightInputsStartPayaraMicroWithTheDerbyPostBootFileAndTheDatabaseFolder() throws Exception {
        derbyJars();
        Path properties = Files.writeString(folder.resolve("myapp.properties"), "visma.identity.client-id=x\n");

        Result result = run("--payara-micro", payara.toString(), "--derby-lib", derby.toString(),
                "--database", folder.resolve("db").toString(), "--systemproperties", properties.toString(),
                "--port", "8081", war.toString());

        assertThat(result.status()).as(result.output()).isZero();
        assertThat(Files.readAllLines(bin.resolve("calls"))).containsExactly(
                "-Dvisma.derby.database=" + folder.toRealPath().resolve("db"), "-jar", payara.toString(),
                "--nocluster", "--port", "8081", "--addlibs", derby.toString(), "--postbootcommandfile",
                SCRIPT.getParent().toRealPath().resolve("post-boot-derby-embedded.asadmin").toString(),
                "--systemproperties", properties.toString(), "--deploy", war.toString());
    }

    private void derbyJars() throws IOException {
        for (String jar : List.of("derby.jar", "derbyshared.jar", "derbytools.jar")) {
            Files.writeString(derby.resolve(jar), "");
        }
    }

    private Result run(String... arguments) throws Exception {
        // The recording java first on the PATH.
        return ServerConfigScript.run("payara/start-payara-micro.sh", Map.of("PATH", bin + ":" + System.getenv("PATH")),
                arguments);
    }
}

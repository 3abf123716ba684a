package io.github.vismaidentity.samplerun;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PayaraMicroTest {

    @Test
    void theSampleIsDeployedAtTheRootWithDerbyAndItsDatabaseInTheDataFolder() {
        List<String> command = PayaraMicro.command(Path.of("/jdk/bin/java"), Path.of("/rt"),
                new RunOptions(18080, 19090, Path.of("/data")));

        assertThat(command).startsWith("/jdk/bin/java").contains("-Dvisma.derby.database=/data/derby",
                "-Djava.io.tmpdir=/data/tmp", "--nocluster");
        assertThat(String.join(" ", command)).contains("-jar /rt/payara-micro.jar", "--port 18080",
                "--addlibs /rt/lib", "--postbootcommandfile /rt/post-boot-derby-embedded.asadmin",
                "--deploy /rt/ROOT.war");
    }

    @Test
    void onAJdbcUrlPayaraGetsThatDriverAndPoolFileAndNoDerbyAndNoPassword() {
        RunOptions options = RunOptions.parse(List.of("--port", "18080", "--data", "/data", "--jdbc-url",
                "jdbc:postgresql://db/visma?user=app&password=s3cret"), Path.of("/default"), Map.of());

        List<String> command = PayaraMicro.command(Path.of("/jdk/bin/java"), Path.of("/rt"), options);

        assertThat(String.join(" ", command)).contains("--addlibs /rt/postgresql",
                "--postbootcommandfile /rt/post-boot-postgresql.asadmin", "--deploy /rt/ROOT.war")
                .doesNotContain("derby", "s3cret", "jdbc:postgresql");
    }

    @Test
    void payarasRuntimeFolderWhereItWritesThePoolsPasswordIsTheUsersAlone(@TempDir Path data) throws Exception {
        Path tmp = data.resolve("tmp");
        Files.createDirectories(tmp);
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));

        PayaraMicro.createPrivately(tmp);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp))).isEqualTo("rwx------");
    }
}

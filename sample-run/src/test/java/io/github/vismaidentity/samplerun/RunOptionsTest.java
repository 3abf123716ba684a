package io.github.vismaidentity.samplerun;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunOptionsTest {

    private static final Path DEFAULT_DATA = Path.of("/srv/sample/data");

    @Test
    void withoutOptionsTheAppIsOn8080TheEmulatorOn9090AndDataInTheDefaultFolder() {
        RunOptions options = RunOptions.parse(List.of(), DEFAULT_DATA, Map.of());

        assertThat(options).isEqualTo(new RunOptions(8080, 9090, DEFAULT_DATA));
        assertThat(options.appUrl()).isEqualTo("http://localhost:8080/");
    }

    @Test
    void portsAndTheDataFolderCanBeChosen() {
        RunOptions options = RunOptions.parse(List.of("--port", "18080", "--emulator-port", "19090", "--data",
                "/tmp/x/../y"), DEFAULT_DATA, Map.of());

        assertThat(options).isEqualTo(new RunOptions(18080, 19090, Path.of("/tmp/y")));
    }

    @Test
    void aBadPortSaysWhichOptionAndWhatIsAllowed() {
        assertThatThrownBy(() -> RunOptions.parse(List.of("--port", "80a"), DEFAULT_DATA, Map.of()))
                .hasMessageContaining("--port must be a port from 1 to 65535, not '80a'");
        assertThatThrownBy(() -> RunOptions.parse(List.of("--emulator-port", "70000"), DEFAULT_DATA, Map.of()))
                .hasMessageContaining("--emulator-port");
    }

    @Test
    void anUnknownOptionOrAMissingValueShowsTheUsage() {
        assertThatThrownBy(() -> RunOptions.parse(List.of("--prot", "1"), DEFAULT_DATA, Map.of()))
                .hasMessageContaining("Unknown option --prot").hasMessageContaining("Usage:");
        assertThatThrownBy(() -> RunOptions.parse(List.of("--port"), DEFAULT_DATA, Map.of()))
                .hasMessageContaining("--port needs a value").hasMessageContaining("Usage:");
    }

    @Test
    void theAppAndTheEmulatorCannotShareAPort() {
        assertThatThrownBy(() -> RunOptions.parse(List.of("--port", "9090"), DEFAULT_DATA, Map.of()))
                .hasMessageContaining("both 9090");
    }

    @Test
    void aJdbcUrlReplacesDerbyAndTheOtherNodesAndTheTokenLifetimeCanBeChosen() {
        RunOptions options = RunOptions.parse(List.of("--jdbc-url", "jdbc:postgresql://db:5432/visma",
                "--jdbc-user", "app", "--other-node-port", "8081", "--other-node-port", "8082",
                "--access-token-ttl", "30"), DEFAULT_DATA, Map.of("VISMA_JDBC_PASSWORD", "pw"));

        assertThat(options.database()).get().extracting(Database::kind, Database::url, Database::user)
                .containsExactly(Database.Kind.POSTGRESQL, "jdbc:postgresql://db:5432/visma", "app");
        assertThat(options.otherNodePorts()).containsExactly(8081, 8082);
        assertThat(options.accessTokenTtl()).hasSeconds(30);
        assertThat(RunOptions.parse(List.of(), DEFAULT_DATA, Map.of()).database()).as("Derby").isEmpty();
    }

    @Test
    void anotherNodesPortMustNotBeOneOfThisLaunchersPorts() {
        assertThatThrownBy(() -> RunOptions.parse(List.of("--other-node-port", "8080"), DEFAULT_DATA, Map.of()))
                .hasMessageContaining("--other-node-port names another launcher's --port");
        assertThatThrownBy(() -> RunOptions.parse(List.of("--other-node-port", "9090"), DEFAULT_DATA, Map.of()))
                .hasMessageContaining("--emulator-port 9090");
    }

    @Test
    void aDatabaseUserOrPasswordWithoutAJdbcUrlIsRefusedBecauseDerbyNeedsNone() {
        assertThatThrownBy(() -> RunOptions.parse(List.of("--jdbc-user", "app"), DEFAULT_DATA, Map.of()))
                .hasMessageContaining("--jdbc-user and --jdbc-password go with --jdbc-url");
    }

    @Test
    void aTokenLifetimeIsAWholeNumberOfSecondsUpToADay() {
        assertThatThrownBy(() -> RunOptions.parse(List.of("--access-token-ttl", "PT30S"), DEFAULT_DATA, Map.of()))
                .hasMessageContaining("--access-token-ttl must be a number of seconds from 1 to 86400, not 'PT30S'");
        assertThatThrownBy(() -> RunOptions.parse(List.of("--access-token-ttl", "0"), DEFAULT_DATA, Map.of()))
                .hasMessageContaining("not '0'");
    }

    @Test
    void theOptionsNeverShowTheDatabasePassword() {
        RunOptions options = RunOptions.parse(List.of("--jdbc-url", "jdbc:mariadb://db/visma?user=app&password=s3cret"),
                DEFAULT_DATA, Map.of());

        assertThat(options.toString()).contains("jdbc:mariadb://db/visma", "app").doesNotContain("s3cret");
    }
}

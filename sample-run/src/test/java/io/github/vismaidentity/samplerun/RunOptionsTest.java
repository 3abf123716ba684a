package io.github.vismaidentity.samplerun;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunOptionsTest {

    private static final Path DEFAULT_DATA = Path.of("/srv/sample/data");

    @Test
    void withoutOptionsTheAppIsOn8080TheEmulatorOn9090AndDataInTheDefaultFolder() {
        RunOptions options = RunOptions.parse(List.of(), DEFAULT_DATA);

        assertThat(options).isEqualTo(new RunOptions(8080, 9090, DEFAULT_DATA));
        assertThat(options.appUrl()).isEqualTo("http://localhost:8080/");
    }

    @Test
    void portsAndTheDataFolderCanBeChosen() {
        RunOptions options = RunOptions.parse(List.of("--port", "18080", "--emulator-port", "19090", "--data",
                "/tmp/x/../y"), DEFAULT_DATA);

        assertThat(options).isEqualTo(new RunOptions(18080, 19090, Path.of("/tmp/y")));
    }

    @Test
    void aBadPortSaysWhichOptionAndWhatIsAllowed() {
        assertThatThrownBy(() -> RunOptions.parse(List.of("--port", "80a"), DEFAULT_DATA))
                .hasMessageContaining("--port must be a port from 1 to 65535, not '80a'");
        assertThatThrownBy(() -> RunOptions.parse(List.of("--emulator-port", "70000"), DEFAULT_DATA))
                .hasMessageContaining("--emulator-port");
    }

    @Test
    void anUnknownOptionOrAMissingValueShowsTheUsage() {
        assertThatThrownBy(() -> RunOptions.parse(List.of("--prot", "1"), DEFAULT_DATA))
                .hasMessageContaining("Unknown option --prot").hasMessageContaining("Usage:");
        assertThatThrownBy(() -> RunOptions.parse(List.of("--port"), DEFAULT_DATA))
                .hasMessageContaining("--port needs a value").hasMessageContaining("Usage:");
    }

    @Test
    void theAppAndTheEmulatorCannotShareAPort() {
        assertThatThrownBy(() -> RunOptions.parse(List.of("--port", "9090"), DEFAULT_DATA))
                .hasMessageContaining("both 9090");
    }
}

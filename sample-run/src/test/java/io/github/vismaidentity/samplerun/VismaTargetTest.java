package io.github.vismaidentity.samplerun;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VismaTargetTest {

    private static final RunOptions OPTIONS = new RunOptions(18080, 19090, Path.of("/data"));

    @Test
    void withoutAClientIdTheServerTalksToTheEmulatorWithTheKeptKey() {
        VismaTarget target = VismaTarget.choose(Map.of(), OPTIONS, "kept-key");

        assertThat(target.emulated()).isTrue();
        assertThat(target.serverEnvironment()).containsAllEntriesOf(Map.of(
                "VISMA_IDENTITY_CLIENT_ID", "demo-client",
                "VISMA_IDENTITY_ISSUER", "http://localhost:19090",
                "VISMA_IDENTITY_API_BASE_URL", "http://localhost:19090/v2/",
                "VISMA_IDENTITY_REDIRECT_URI", "http://localhost:18080/visma/callback",
                "VISMA_IDENTITY_ENCRYPTION_KEY", "kept-key"));
    }

    @Test
    void aClientIdMeansTheRealVismaAndTheEmulatorsUrlsInTheWarAreReplaced() {
        VismaTarget target = VismaTarget.choose(Map.of("VISMA_IDENTITY_CLIENT_ID", "acme",
                "VISMA_IDENTITY_CLIENT_SECRET", "s3cret"), OPTIONS, "kept-key");

        assertThat(target.emulated()).isFalse();
        assertThat(target.serverEnvironment()).containsOnly(
                Map.entry("VISMA_IDENTITY_ISSUER", "https://identity.vismaonline.com"),
                Map.entry("VISMA_IDENTITY_API_BASE_URL", "https://eaccountingapi.vismaonline.com/v2/"),
                Map.entry("VISMA_IDENTITY_ENCRYPTION_KEY", "kept-key"));
    }

    @Test
    void whatTheUserSetIsNeverReplaced() {
        VismaTarget target = VismaTarget.choose(Map.of("VISMA_IDENTITY_CLIENT_ID", "acme",
                "VISMA_IDENTITY_CLIENT_SECRET", "s3cret", "VISMA_IDENTITY_ISSUER", "https://id.example",
                "VISMA_IDENTITY_API_BASE_URL", "https://api.example/v2/", "VISMA_IDENTITY_ENCRYPTION_KEY", "mine"),
                OPTIONS, "kept-key");

        assertThat(target.serverEnvironment()).isEmpty();
        assertThat(target.issuer(Map.of("VISMA_IDENTITY_ISSUER", "https://id.example"))).isEqualTo("https://id.example");
    }

    @Test
    void aClientIdWithoutItsSecretSaysWhatToSet() {
        assertThatThrownBy(() -> VismaTarget.choose(Map.of("VISMA_IDENTITY_CLIENT_ID", "acme"), OPTIONS, "k"))
                .hasMessageContaining("VISMA_IDENTITY_CLIENT_SECRET is not");
    }
}

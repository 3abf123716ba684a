package io.github.vismaidentity.samplerun;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 16, tried as a new user would: the README's run command with two typos in the configuration.
 * The extension refuses the deployment with a message for each; the launcher must say so and end, not wait
 * its three minutes for a sample that will never answer.
 */
class BadConfigurationIT {

    private static final Path TARGET = TestFolders.TARGET;
    /** Payara's clock when it logged the failed deployment, in every log record's header. */
    private static final Pattern LOGGED_AT = Pattern.compile("timeMillis: (\\d+)\\].*Exception while loading the app");

    @Test
    void aTypoInTheConfigurationEndsTheLauncherSoonAfterPayaraReportsItWithTheExtensionsMessagesOnly()
            throws Exception {
        Path data = TestFolders.fresh("bad-configuration-data");
        try (LaunchedSample sample = new LaunchedSample(TestFolders.JAR, data, Map.of(
                "VISMA_IDENTITY_CLIENT_ID", "my-client", "VISMA_IDENTITY_CLIENT_SECRET", "my-secret",
                "VISMA_IDENTITY_ISSUER", "not-a-url", "VISMA_IDENTITY_ENCRYPTION_KEY", "c2hvcnQ="))) {

            // A bound for a loaded machine only: what counts is the time from Payara's failure line, below.
            Optional<Integer> exit = sample.awaitEnd(Duration.ofMinutes(5));
            Instant ended = Instant.now();

            assertThat(exit).as("the launcher's exit status; its output:\n" + sample.console())
                    .isPresent().get().isNotEqualTo(0);
            assertThat(sample.console()).contains("The sample was not deployed")
                    .containsPattern("(?m)^  VISMAID1003: .*issuer")
                    .containsPattern("(?m)^  VISMAID1011: .*encryption-key")
                    .doesNotContain("\tat ", "DefinitionException", "Exception List");
            // Where each setting came from, never a value: the four set here from the environment (Payara's
            // name for it), apart from the settings the WAR's own microprofile-config.properties gives.
            String sources = sample.console().lines().filter(line -> line.startsWith("  VISMAID1130: ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no VISMAID1130 line in:\n" + sample.console()));
            List<String> groups = Arrays.asList(sources.split("; "));
            assertThat(groups).as(sources)
                    .anySatisfy(group -> assertThat(group)
                            .contains("client-id", "client-secret", "issuer", "encryption-key", " from Environment"))
                    .anySatisfy(group -> assertThat(group).contains("datasource").doesNotContain("Environment"));
            assertThat(sources).doesNotContain("my-secret", "my-client", "not-a-url", "c2hvcnQ=");
            assertThat(Files.readString(data.resolve("payara.log"))).contains("VISMAID1130")
                    .doesNotContain("my-secret", "c2hvcnQ=");
            Matcher failure = LOGGED_AT.matcher(Files.readString(data.resolve("payara.log")));
            assertThat(failure.find()).as("Payara's line for the failed deployment").isTrue();
            Instant logged = Instant.ofEpochMilli(Long.parseLong(failure.group(1)));
            // The launcher used to go on waiting for the home page until 3 minutes after Payara's start.
            assertThat(Duration.between(logged, ended)).as("from Payara's failure line to the launcher's end")
                    .isLessThan(Duration.ofSeconds(30));
        }
    }
}

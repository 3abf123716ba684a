package io.github.vismaidentity.it.wildfly;

import io.github.vismaidentity.it.journeys.SampleJourneys;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The sample WAR's journeys ({@link SampleJourneys}) on the WildFly 39 that WildFlySignInIT uses, configured as a
 * user configures it: server-config/wildfly/visma-derby-embedded.cli for the datasource, and
 * server-config/wildfly/visma-config-dir.cli for a config source that reads the sample's settings from
 * standalone/configuration/visma-identity/, one file per key. The test applications of WildFlySignInIT keep their
 * own values over that source (TestWar sets their config_ordinal).
 */
@ExtendWith(ArquillianExtension.class)
class WildFlySampleIT extends SampleJourneys {

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        return sample(Integer.getInteger("wildfly.http.port"), configFolder(Path.of(System.getProperty("sample.config"))));
    }

    /** What the server's config source reads: each file's name and its content without the final line break. */
    private static Map<String, String> configFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.collect(Collectors.toMap(file -> file.getFileName().toString(), file -> {
                try {
                    return Files.readString(file).stripTrailing();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
    }
}

package io.github.vismaidentity.it.sample;

import io.github.vismaidentity.it.journeys.SampleJourneys;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The sample WAR's journeys ({@link SampleJourneys}) on Payara Micro, started as a user starts it for the sample:
 * the datasource from server-config/payara/post-boot-derby-embedded.asadmin, the sample's configuration as system
 * properties from a file ({@code --systemproperties}, see src/test/resources/sample/payara-system.properties).
 * Failsafe runs it in an execution of its own, with arquillian-sample.xml (see the pom).
 */
@ExtendWith(ArquillianExtension.class)
class PayaraSampleIT extends SampleJourneys {

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        return sample(Integer.parseInt(System.getProperty("payara.http.port")), systemPropertiesFile());
    }

    /** What Payara Micro was given with --systemproperties. */
    private static Map<String, String> systemPropertiesFile() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("sample.config")))) {
            properties.load(in);
        }
        return properties.stringPropertyNames().stream()
                .collect(Collectors.toMap(name -> name, properties::getProperty));
    }
}

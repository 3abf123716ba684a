package io.github.vismaidentity.it.wildfly;

import io.github.vismaidentity.it.journeys.ErrorPageJourneys;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;

/** {@link ErrorPageJourneys} on WildFly 39, the same WAR as on Payara Micro. */
@ExtendWith(ArquillianExtension.class)
class WildFlyErrorPageIT extends ErrorPageJourneys {

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        return application(Integer.getInteger("wildfly.http.port"));
    }
}

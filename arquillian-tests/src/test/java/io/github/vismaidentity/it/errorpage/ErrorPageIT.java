package io.github.vismaidentity.it.errorpage;

import io.github.vismaidentity.it.journeys.ErrorPageJourneys;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;

/** {@link ErrorPageJourneys} on a real Payara Micro: the application's own error page for refusals and token failures. */
@ExtendWith(ArquillianExtension.class)
class ErrorPageIT extends ErrorPageJourneys {

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        return application(Integer.parseInt(System.getProperty("payara.http.port")));
    }
}

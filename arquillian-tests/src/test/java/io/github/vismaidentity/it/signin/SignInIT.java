package io.github.vismaidentity.it.signin;

import io.github.vismaidentity.it.journeys.SignInRefusals;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URL;

/**
 * The sign-in journeys and refusals ({@link SignInRefusals}) on a real Payara Micro, its datasource created by
 * server-config/payara/post-boot-derby-embedded.asadmin.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT extends SignInRefusals {

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        return application();
    }

    /** The test application for this build's Payara Micro port. */
    static WebArchive application() throws IOException {
        return application(Integer.parseInt(System.getProperty("payara.http.port")));
    }

    @Override
    protected URL readiness() throws IOException {
        // Payara Micro serves MicroProfile Health on the application's port.
        return new URL("http", "localhost", app.getPort(), "/health/ready");
    }
}

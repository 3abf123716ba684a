package io.github.vismaidentity.it.wildfly;

import io.github.vismaidentity.it.journeys.SignInRefusals;
import io.github.vismaidentity.it.support.TestWar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URL;

/**
 * The sign-in journeys and refusals that Payara Micro passes ({@link SignInRefusals}), with the same WAR, built by
 * the same {@link TestWar} code, deployed unchanged on WildFly 39 configured only by
 * server-config/wildfly/visma-derby-embedded.cli: Jakarta Security through Elytron with integrated-jaspi=false,
 * jdbc/visma on embedded Derby, MicroProfile Config and Health from the server, Weld and Narayana for the
 * extension's beans and its REQUIRES_NEW transactions, Hibernate for the application's own persistence unit.
 */
@ExtendWith(ArquillianExtension.class)
class WildFlySignInIT extends SignInRefusals {

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        return application(Integer.getInteger("wildfly.http.port"));
    }

    @Override
    protected URL readiness() throws IOException {
        // WildFly serves MicroProfile Health on its management interface, not on the application's port.
        return new URL("http", "localhost", Integer.getInteger("wildfly.management.port"), "/health/ready");
    }
}

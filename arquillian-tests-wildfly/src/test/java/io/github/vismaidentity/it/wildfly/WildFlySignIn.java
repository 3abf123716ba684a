package io.github.vismaidentity.it.wildfly;

import io.github.vismaidentity.it.journeys.SignInRefusals;
import io.github.vismaidentity.it.support.TestWar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.IOException;
import java.net.URL;

/**
 * The sign-in journeys and refusals that Payara Micro passes ({@link SignInRefusals}), with the same WAR, built by
 * the same {@link TestWar} code, deployed unchanged on a WildFly 39 that server-config/wildfly's scripts alone
 * configured. One subclass per datasource script: {@link WildFlySignInIT} (embedded Derby) and
 * {@link WildFlyPostgreSqlSignInIT} (PostgreSQL).
 */
abstract class WildFlySignIn extends SignInRefusals {

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

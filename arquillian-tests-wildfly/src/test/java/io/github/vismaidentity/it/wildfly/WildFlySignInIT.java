package io.github.vismaidentity.it.wildfly;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sign-in journeys ({@link WildFlySignIn}) on WildFly 39 configured only by
 * server-config/wildfly/visma-derby-embedded.cli: Jakarta Security through Elytron with integrated-jaspi=false,
 * jdbc/visma on embedded Derby, MicroProfile Config and Health from the server, Weld and Narayana for the
 * extension's beans and its REQUIRES_NEW transactions, Hibernate for the application's own persistence unit.
 */
@ExtendWith(ArquillianExtension.class)
class WildFlySignInIT extends WildFlySignIn {
}

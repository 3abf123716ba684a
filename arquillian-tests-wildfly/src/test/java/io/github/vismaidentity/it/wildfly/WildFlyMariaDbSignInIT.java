package io.github.vismaidentity.it.wildfly;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sign-in journeys ({@link WildFlySignIn}) on a third WildFly 39, configured only by
 * server-config/wildfly/visma-mariadb.cli: jdbc/visma is its XA datasource (MariaDB Connector/J) on a MariaDB 11.4
 * that {@link WildFlysMariaDb} starts before Arquillian starts the server, named to it by the VISMA_JDBC_*
 * environment variables of failsafe's "mariadb" execution.
 */
@ExtendWith(WildFlysMariaDb.class)
@ExtendWith(ArquillianExtension.class)
class WildFlyMariaDbSignInIT extends WildFlySignInOnADatabaseServer {

    @Override
    protected String wrongPasswordState() {
        return "28000"; // access denied
    }
}

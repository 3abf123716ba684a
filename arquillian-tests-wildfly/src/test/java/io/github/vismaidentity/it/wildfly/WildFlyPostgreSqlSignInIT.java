package io.github.vismaidentity.it.wildfly;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.github.vismaidentity.it.support.VismaPages.logIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in journeys ({@link WildFlySignIn}) on a second WildFly 39, configured only by
 * server-config/wildfly/visma-postgresql.cli: jdbc/visma is its XA datasource on a PostgreSQL 17 that
 * {@link WildFlysPostgreSql} starts before Arquillian starts the server (the order of the two extensions), and the
 * server finds the database through the VISMA_JDBC_URL, VISMA_JDBC_USER and VISMA_JDBC_PASSWORD environment
 * variables that failsafe's "postgresql" execution gives this JVM, as a user's server is given them. Both the
 * extension's tables and the application's own JPA unit live in that database.
 */
@ExtendWith(WildFlysPostgreSql.class)
@ExtendWith(ArquillianExtension.class)
class WildFlyPostgreSqlSignInIT extends WildFlySignInOnADatabaseServer {

    @Override
    protected String wrongPasswordState() {
        return "28P01"; // invalid_password
    }

    @Test
    void theExtensionsAndHibernatesTablesHaveTheLowerCaseNamesPostgreSqlFoldsTo() throws Exception {
        logIn(open("protected/page"), "solo");

        assertThat(TheDatabase.tables()).contains("visma_token_set", "visma_used_state", "note");
    }
}

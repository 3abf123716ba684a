package io.github.vismaidentity.it.wildfly;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static io.github.vismaidentity.it.support.VismaPages.logIn;
import static io.github.vismaidentity.it.support.VismaPages.subjectOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sign-in journeys ({@link WildFlySignIn}) on a WildFly whose jdbc/visma is a database server's, named to it by
 * the VISMA_JDBC_* environment variables of the failsafe execution; and two checks that the journeys ran there.
 */
abstract class WildFlySignInOnADatabaseServer extends WildFlySignIn {

    /** The SQLState with which the database refuses a wrong password. */
    protected abstract String wrongPasswordState();

    @Test
    void aSignInStoresItsTokenSetInTheDatabaseServerNextToTheApplicationsOwnTable() throws Exception {
        logIn(open("protected/page"), "solo");

        TheDatabase.assertHoldsTheSignInOf(CLIENT_ID, subjectOf("solo"));
    }

    /** So that the journeys' passing proves the password came from the server's environment, not from trust. */
    @Test
    void theDatabaseRefusesTheServersUserWithoutItsPassword() {
        assertThatThrownBy(() -> TheDatabase.connect("not-the-password").close())
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).as("wrong password").isEqualTo(wrongPasswordState()));
    }
}

package io.github.vismaidentity.samplerun;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The messages for what drivers say when a login fails; the real drivers and server are in SampleOnPostgresqlIT. */
class DatabaseCheckTest {

    private static final Database POSTGRESQL = Database.of("jdbc:postgresql://db.example/visma", "app", null,
            Map.of("VISMA_JDBC_PASSWORD", "pw"));
    private static final Database MARIADB = Database.of("jdbc:mariadb://db.example/visma", "app", null, Map.of());

    @Test
    void aRefusedPasswordNamesTheUserAndWhereThePasswordIsSet() {
        String message = DatabaseCheck.explain(POSTGRESQL, new SQLException(
                "FATAL: password authentication failed for user \"app\"", "28P01"));

        assertThat(message).contains("PostgreSQL at db.example:5432 refused the login of user 'app'",
                "SQLState 28P01", "VISMA_JDBC_PASSWORD");
    }

    @Test
    void mariadbsAccessDeniedIsARefusedPasswordToo() {
        assertThat(DatabaseCheck.explain(MARIADB, new SQLException("Access denied for user 'app'", "28000", 1045)))
                .contains("MariaDB/MySQL at db.example:3306 refused the login of user 'app'");
    }

    @Test
    void anUnreachableServerAsksWhetherItRunsAndWhetherHostAndPortAreRight() {
        assertThat(DatabaseCheck.explain(POSTGRESQL, new SQLException("Connection to db.example:5432 refused.", "08001")))
                .startsWith("Cannot reach PostgreSQL at db.example:5432").contains("host and port in --jdbc-url");
    }

    @Test
    void aMissingDatabaseSaysToCreateItOrCorrectTheName() {
        assertThat(DatabaseCheck.explain(POSTGRESQL, new SQLException("FATAL: database \"visma\" does not exist", "3D000")))
                .contains("does not exist", "CREATE DATABASE");
        assertThat(DatabaseCheck.explain(MARIADB, new SQLException("Unknown database 'visma'", "42000", 1049)))
                .contains("does not exist");
    }

    @Test
    void aDriverErrorThatMayQuoteAValueIsShownWithoutItsText() {
        assertThat(DatabaseCheck.explain(POSTGRESQL, new SQLException("value 's3cret' too long", "22001")))
                .contains("SQLState 22001").doesNotContain("s3cret");
    }

    @Test
    void aMissingDriverFolderSaysHowToBuildTheLauncher() {
        assertThatThrownBy(() -> DatabaseCheck.loginOrExplain(POSTGRESQL, Path.of("/nonexistent/postgresql")))
                .hasMessageContaining("./mvnw -q -pl sample-run -am package -DskipTests");
    }
}

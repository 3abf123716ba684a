package io.github.vismaidentity.samplerun;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest {

    private static final Map<String, String> NO_PASSWORD = Map.of();

    @Test
    void userAndPasswordLeaveThePostgresqlUrlForTheirOwnValuesAndTheOtherParametersStay() {
        Database database = Database.of("jdbc:postgresql://db.example:5433/visma?user=app&ssl=true&password=p%40ss",
                null, null, NO_PASSWORD);

        assertThat(database.kind()).isEqualTo(Database.Kind.POSTGRESQL);
        assertThat(database.url()).isEqualTo("jdbc:postgresql://db.example:5433/visma?ssl=true");
        assertThat(database.user()).isEqualTo("app");
        assertThat(database.password()).isEqualTo("p@ss");
        assertThat(database.hostAndPort()).isEqualTo("db.example:5433");
    }

    @Test
    void aMysqlUrlGoesThroughTheMariadbDriverAsAMariadbUrl() {
        Database database = Database.of("jdbc:mysql://db.example/visma", "app", null, NO_PASSWORD);

        assertThat(database.kind()).isEqualTo(Database.Kind.MARIADB);
        assertThat(database.url()).isEqualTo("jdbc:mariadb://db.example/visma");
        assertThat(database.hostAndPort()).isEqualTo("db.example:3306");
        assertThat(database.kind().postBootFile()).isEqualTo("post-boot-mariadb.asadmin");
    }

    @Test
    void thePasswordFromTheEnvironmentNeedsNoWarningButOneOnTheCommandLineGetsOne() {
        Database quiet = Database.of("jdbc:postgresql://db/visma", "app", null, Map.of("VISMA_JDBC_PASSWORD", "pw"));
        Database inOption = Database.of("jdbc:postgresql://db/visma", "app", "pw", NO_PASSWORD);
        Database inUrl = Database.of("jdbc:postgresql://db/visma?password=pw", "app", null, NO_PASSWORD);

        assertThat(quiet.password()).isEqualTo("pw");
        assertThat(quiet.warnings()).isEmpty();
        assertThat(inOption.warnings()).singleElement().asString().contains("other users", "VISMA_JDBC_PASSWORD");
        assertThat(inUrl.warnings()).hasSize(1);
    }

    @Test
    void payaraGetsUrlUserAndPasswordInItsEnvironment() {
        Database database = Database.of("jdbc:postgresql://db/visma?user=app", null, null,
                Map.of("VISMA_JDBC_PASSWORD", "pw"));

        assertThat(database.serverEnvironment()).containsOnly(Map.entry("VISMA_JDBC_URL", "jdbc:postgresql://db/visma"),
                Map.entry("VISMA_JDBC_USER", "app"), Map.entry("VISMA_JDBC_PASSWORD", "pw"));
    }

    @Test
    void anUnsupportedUrlSaysWhichUrlsWorkAndNeverShowsItsPassword() {
        assertThatThrownBy(() -> Database.of("jdbc:oracle:thin:@db:1521/X?password=s3cret", null, null, NO_PASSWORD))
                .hasMessageContaining("is not a database this launcher runs the sample on")
                .hasMessageContaining("jdbc:postgresql://HOST:5432/DATABASE")
                .hasMessageContaining("jdbc:mysql://HOST:3306/DATABASE")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> Database.of("postgres://app:s3cret@db/visma", null, null, NO_PASSWORD))
                .hasMessageContaining("A PostgreSQL URL for Java is jdbc:postgresql://")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> Database.of("jdbc:derby:memory:x", null, null, NO_PASSWORD))
                .hasMessageContaining("For embedded Derby, leave --jdbc-url out");
    }

    @Test
    void aUserBeforeTheHostIsRefusedWithWhereToPutItInstead() {
        assertThatThrownBy(() -> Database.of("jdbc:postgresql://app:s3cret@db/visma", null, null, NO_PASSWORD))
                .hasMessageContaining("?user=NAME").hasMessageContaining("VISMA_JDBC_PASSWORD")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void theUserOrThePasswordGivenTwiceIsRefused() {
        assertThatThrownBy(() -> Database.of("jdbc:postgresql://db/visma?user=a", "b", null, NO_PASSWORD))
                .hasMessageContaining("give the user once");
        assertThatThrownBy(() -> Database.of("jdbc:postgresql://db/visma", "a", "pw", Map.of("VISMA_JDBC_PASSWORD", "pw")))
                .hasMessageContaining("given more than once").hasMessageNotContaining("pw'");
    }

    @Test
    void theDatabaseAsPrintedHasNoPassword() {
        Database database = Database.of("jdbc:mariadb://db/visma?password=s3cret&user=app", null, null, NO_PASSWORD);

        assertThat(database.toString()).isEqualTo("MariaDB/MySQL jdbc:mariadb://db/visma as app");
        assertThat(Database.redact("jdbc:mariadb://db/visma?user=app&password=s3cret&x=1"))
                .isEqualTo("jdbc:mariadb://db/visma?user=app&password=***&x=1");
    }

    @Test
    void aPasswordOrUserWithASpaceOrAQuoteIsRefusedBecausePayarasPoolFileCannotTakeItAndIsNotShown() {
        assertThatThrownBy(() -> Database.of("jdbc:postgresql://db/visma", "app", null,
                Map.of("VISMA_JDBC_PASSWORD", "it's secret")))
                .hasMessageContaining("post-boot-postgresql.asadmin) cannot take the password with whitespace or a quote")
                .hasMessageNotContaining("it's secret");
        assertThatThrownBy(() -> Database.of("jdbc:mariadb://db/visma", "my app", null, NO_PASSWORD))
                .hasMessageContaining("cannot take the user");
    }
}

package io.github.vismaidentity.samplerun;

import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.directory.Seed;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.github.vismaidentity.samplerun.LaunchedSample.freePort;
import static io.github.vismaidentity.samplerun.SamplePages.connect;
import static io.github.vismaidentity.samplerun.SamplePages.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 item 7: the launcher with {@code --jdbc-url} runs the sample on a real PostgreSQL (started by the test,
 * checking passwords) instead of Derby: a company connected through the sample is a row in PostgreSQL, its tokens
 * encrypted, and the password is on no command line.
 */
class SampleOnPostgresqlIT {

    private static final Company DEMO_AB = Seed.users().get(0).companies().get(0);

    @Test
    void theSampleOnPostgresqlAnswersAndKeepsAConnectedCompanyThereWithThePasswordOnNoCommandLine() throws Exception {
        try (TestPostgres postgres = TestPostgres.start(TestFolders.fresh("postgresql-one-node-db"));
             LaunchedSample sample = new LaunchedSample(TestFolders.JAR, TestFolders.fresh("postgresql-one-node"),
                     freePort(), freePort(), Map.of(Database.PASSWORD_VARIABLE, TestPostgres.PASSWORD),
                     List.of("--jdbc-url", postgres.url(), "--jdbc-user", TestPostgres.USER));
             WebClient browser = SamplePages.browser()) {
            sample.awaitReady(Duration.ofMinutes(4));
            assertThat(sample.console()).contains("Database: PostgreSQL " + postgres.url() + " as visma",
                    "Another node on this database needs the same key");

            HtmlPage company = connect(browser, sample.url("/"), "demo", DEMO_AB.name());

            assertThat(text(company, "company-name")).isEqualTo(DEMO_AB.name());
            assertThat(postgres.number("SELECT COUNT(*) FROM visma_token_set WHERE company_id = '" + DEMO_AB.id()
                    + "' AND status = 'ACTIVE'")).as("the connected company's row in PostgreSQL").isEqualTo(1);
            assertThat(postgres.number("SELECT COUNT(*) FROM visma_token_set WHERE refresh_token LIKE 'eyJ%.%.%.%.%'"))
                    .as("tokens stored as JWEs (five parts), encrypted with the key").isEqualTo(1);
            assertThat(sample.leftovers()).as("Payara Micro of this run").isNotEmpty()
                    .allSatisfy(process -> assertThat(process.info().commandLine().orElse(""))
                            .doesNotContain(TestPostgres.PASSWORD));
            assertThat(sample.console()).doesNotContain(TestPostgres.PASSWORD);
        }
    }
}

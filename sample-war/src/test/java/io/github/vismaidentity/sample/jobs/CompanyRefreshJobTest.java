package io.github.vismaidentity.sample.jobs;

import io.github.vismaidentity.eaccounting.EAccountingClient;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.directory.User;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.emulator.support.SignIn;
import io.github.vismaidentity.sample.support.EmulatorConnections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The background job against the emulator's API over HTTP, through the typed client on Jersey and Yasson: each
 * company read with its own token ({@code forCompany}), with nobody signed in.
 */
class CompanyRefreshJobTest extends EmulatorTestBase {

    private static final User DEMO = Seed.users().stream().filter(user -> user.username().equals("demo")).findFirst()
            .orElseThrow();
    private static final Company DEMO_AB = DEMO.companies().get(0);
    private static final Company DEMO_NORGE = DEMO.companies().get(1);

    private final CompanyRefreshJob job = new CompanyRefreshJob();

    @AfterEach
    void closeClient() {
        if (job.api != null) {
            job.api.close();
        }
    }

    @Test
    void readsEveryConnectedCompanyWithItsOwnTokenAndShowsItsNameAsVismaHoldsIt() {
        use(new EmulatorConnections(emulator).signIn("demo", DEMO_NORGE, SignIn.SCOPE).signIn("demo", DEMO_AB, SignIn.SCOPE));

        job.run();

        assertThat(job.lastRun()).isPresent();
        assertThat(job.lastChecks()).allSatisfy(check -> assertThat(check.ok()).as(check.problem()).isTrue())
                .extracting(CompanyCheck::companyId, CompanyCheck::companyName)
                .containsExactly(tuple(DEMO_AB.id(), DEMO_AB.name()), tuple(DEMO_NORGE.id(), DEMO_NORGE.name()));
    }

    @Test
    void aCompanyWhoseConnectionLacksTheSalesScopeIsReportedWithoutACallToVisma() {
        use(new EmulatorConnections(emulator).signIn("demo", DEMO_AB, "openid offline_access ea:api"));
        long calls = emulator.control().requests(Endpoint.API_COMPANY_SETTINGS);

        job.run();

        assertThat(job.lastChecks()).singleElement().satisfies(check -> {
            assertThat(check.ok()).isFalse();
            assertThat(check.companyName()).as("the name stored with the connection").isEqualTo(DEMO_AB.name());
            assertThat(check.problem()).isEqualTo("This connection may not do that");
        });
        assertThat(emulator.control().requests(Endpoint.API_COMPANY_SETTINGS)).as("calls to Visma").isEqualTo(calls);
    }

    private void use(EmulatorConnections tokens) {
        job.tokens = tokens;
        job.api = EAccountingClient.builder().apiBaseUrl(emulator.apiBaseUri()).tokens(tokens).build();
    }
}

package io.github.vismaidentity.eaccounting.contract;

import io.github.vismaidentity.eaccounting.Query;
import io.github.vismaidentity.eaccounting.model.CompanySettings;
import io.github.vismaidentity.eaccounting.model.TermsOfPayment;
import io.github.vismaidentity.eaccounting.model.User;
import io.github.vismaidentity.eaccounting.resources.TermsOfPayments;
import io.github.vismaidentity.eaccounting.support.EmulatorTokens;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Company settings, users and terms of payment: the typed reads against the emulator. */
class CompanyContractTest extends ContractTestBase {

    @Test
    void readsTheConnectedCompanysSettings() {
        CompanySettings settings = client.companySettings().get();

        assertThat(settings.name()).isEqualTo(EmulatorTokens.DEMO_AB.name());
        assertThat(settings.countryCode()).isEqualTo("SE");
        assertThat(settings.currencyCode()).isEqualTo("SEK");
    }

    @Test
    void listsTheCompanysUsersWithTheSignedInOneMarkedCurrent() {
        List<User> users = client.users().stream().toList();

        assertThat(users).filteredOn(User::isCurrentUser).singleElement()
                .satisfies(user -> assertThat(user.email()).isEqualTo(EmulatorTokens.DEMO.email()));
        assertThat(client.users().list().meta().totalNumberOfResults()).isEqualTo(users.size());
    }

    @Test
    void listsAndGetsTermsOfPaymentFilteringAndOrderingByEachField() {
        List<TermsOfPayment> all = listsPagesAndGetsById(client.termsOfPayments()::list, TermsOfPayment::id,
                client.termsOfPayments()::get);

        assertThat(all).allSatisfy(terms -> assertThat(terms.type()).isNotNull());
        assertThat(new FieldContract<>(TermsOfPayment.class, client.termsOfPayments()::list)
                .checkEveryFieldOf(TermsOfPayments.class)).isEqualTo(1);
        assertThat(client.termsOfPayments().list(Query.all().where(TermsOfPayments.NAME.startsWith(
                all.get(0).name().substring(0, 2)))).items()).contains(all.get(0));
    }
}

package io.github.vismaidentity.sample.web;

import io.github.vismaidentity.eaccounting.EAccountingClient;
import io.github.vismaidentity.eaccounting.Query;
import io.github.vismaidentity.eaccounting.ValidationFailedException;
import io.github.vismaidentity.eaccounting.model.Customer;
import io.github.vismaidentity.eaccounting.model.TermsOfPayment;
import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.emulator.support.SignIn;
import io.github.vismaidentity.sample.support.EmulatorConnections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What the new-customer page sends and how it reads the answer, against the emulator's API over HTTP through the
 * typed client: the form's inputs carry the names Visma's field errors use, and a created customer is found by the
 * list's search.
 */
class NewCustomerAtVismaTest extends EmulatorTestBase {

    private static final Company DEMO_AB = Seed.users().get(0).defaultCompany();

    private EAccountingClient client;

    @BeforeEach
    void signIn() {
        EmulatorConnections tokens = new EmulatorConnections(emulator).signIn("demo", DEMO_AB, SignIn.SCOPE);
        client = EAccountingClient.builder().apiBaseUrl(emulator.apiBaseUri()).tokens(tokens).build()
                .forCompany(DEMO_AB.id());
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void eachFieldErrorOfARefusedFormLandsUnderTheInputItNames() {
        CustomerForm form = new CustomerForm("x".repeat(60), "", "", "411 05", "", "", false, true);

        ValidationFailedException refused = catchThrowableOfType(ValidationFailedException.class,
                () -> client.customers().create(form.toCustomer()));
        FormErrors errors = FormErrors.of(refused.errors(), CustomerForm.fields());

        assertThat(errors.of("Name")).containsExactly("Name may have at most 50 characters, not 60");
        assertThat(errors.of("InvoiceCity")).containsExactly("InvoiceCity is required");
        assertThat(errors.of("TermsOfPaymentId")).containsExactly("TermsOfPaymentId is required");
        assertThat(errors.of("InvoicePostalCode")).isEmpty();
        assertThat(errors.others()).as("errors for no input of the form").isEmpty();
        assertThat(client.customers().list(CustomersServlet.query("xxxxxxxxxx", 1)).meta().totalNumberOfResults())
                .as("customers created").isZero();
    }

    @Test
    void aCompleteFormCreatesTheCustomerThatTheListsSearchThenFinds() {
        TermsOfPayment terms = client.termsOfPayments().list(Query.all()).items().get(0);
        CustomerForm form = new CustomerForm("Zephyrlys Design AB", "ekonomi@zephyrlys.example", "Storgatan 1",
                "411 05", "Göteborg", terms.id().toString(), false, true);

        Customer created = client.customers().create(form.toCustomer());

        assertThat(created.id()).isNotNull();
        assertThat(created.customerNumber()).isNotBlank();
        assertThat(created.termsOfPaymentId()).isEqualTo(terms.id());
        assertThat(client.customers().list(CustomersServlet.query("Zephyrlys", 1)).items())
                .singleElement().satisfies(found -> {
                    assertThat(found.id()).isEqualTo(created.id());
                    assertThat(found.invoiceCity()).isEqualTo("Göteborg");
                    assertThat(found.isActive()).isTrue();
                });
    }
}

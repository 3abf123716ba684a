package io.github.vismaidentity.eaccounting;

import io.github.vismaidentity.VismaReauthenticationRequiredException;
import io.github.vismaidentity.eaccounting.model.Customer;
import io.github.vismaidentity.eaccounting.resources.Customers;
import io.github.vismaidentity.eaccounting.support.EmulatorTokens;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The call machinery end to end on customers: a write's body out through the client's JSON-B, the answer back, a
 * query's values escaped on the wire, and Visma's 404 and 400 (with field errors) as their exceptions.
 */
class CallsTest extends EmulatorTestBase {

    private EAccountingClient client;
    private Customers customers;
    private UUID termsOfPayment;

    @BeforeEach
    void signIn() {
        client = EAccountingClient.builder().apiBaseUrl(emulator.apiBaseUri())
                .tokens(EmulatorTokens.signIn(emulator, browser)).build();
        EAccountingClient demo = client.forCompany(EmulatorTokens.DEMO_AB.id());
        customers = demo.customers();
        termsOfPayment = demo.termsOfPayments().list().items().get(0).id();
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aCreatedCustomerIsReadBackUpdatedAndFoundByANameWithAQuote() {
        Customer created = customers.create(newCustomer("Zed O'Quirk AB"));

        assertThat(created.id()).isNotNull();
        assertThat(created.customerNumber()).isNotBlank();
        assertThat(customers.get(created.id()).name()).isEqualTo("Zed O'Quirk AB");

        Customer updated = customers.update(created.id(), created.toBuilder().emailAddress("ob@example.com").build());

        assertThat(updated.emailAddress()).isEqualTo("ob@example.com");
        List<Customer> found = customers.list(Query.all().where(Customers.NAME.eq("Zed O'Quirk AB"))).items();
        assertThat(found).extracting(Customer::id).containsExactly(created.id());
        assertThat(customers.stream(Query.all().where(Customers.NAME.startsWith("Zed O'Q"))).toList())
                .extracting(Customer::emailAddress).containsExactly("ob@example.com");
    }

    @Test
    void anUnknownIdIsResourceNotFound() {
        UUID unknown = UUID.randomUUID();

        ResourceNotFoundException missing = catchThrowableOfType(() -> customers.get(unknown),
                ResourceNotFoundException.class);

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo(4004);
        assertThat(missing.operation()).isEqualTo("GET /v2/customers/{customerId}");
        assertThat(missing.messageId()).isEqualTo("VISMAID5001");
    }

    @Test
    void missingRequiredFieldsAreAValidationFailureNamingEachField() {
        Customer incomplete = Customer.builder("Half Done AB").build();

        ValidationFailedException invalid = catchThrowableOfType(() -> customers.create(incomplete),
                ValidationFailedException.class);

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errorCode()).isEqualTo(4000);
        assertThat(invalid.errors()).extracting(FieldError::field).contains("InvoiceCity", "InvoicePostalCode",
                "TermsOfPaymentId");
        assertThat(invalid.errors()).extracting(FieldError::errorCode).containsOnly("Required");
        assertThat(invalid).hasMessageContaining("InvoiceCity Required");
    }

    @Test
    void aTooLongNameIsAValidationFailureWithMaxLength() {
        ValidationFailedException invalid = catchThrowableOfType(() -> customers.create(newCustomer("x".repeat(51))),
                ValidationFailedException.class);

        assertThat(invalid.errors()).extracting(FieldError::field, FieldError::errorCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Name", "MaxLength"));
    }

    @Test
    void aFilterOnAFieldVismaDoesNotSupportIsAValidationFailureNamingIt() {
        ValidationFailedException invalid = catchThrowableOfType(
                () -> customers.list(Query.all().rawFilter("Telephone eq '1'")), ValidationFailedException.class);

        assertThat(invalid).hasMessageContaining("Telephone");
    }

    @Test
    void aViewForTheUserCallsWithThatUsersConnection() {
        EmulatorTokens tokens = EmulatorTokens.signIn(emulator, browser);
        try (EAccountingClient own = EAccountingClient.builder().apiBaseUrl(emulator.apiBaseUri()).tokens(tokens)
                .build()) {
            assertThat(own.forUser(tokens.subject(), tokens.companyId()).users().list().items())
                    .anyMatch(user -> Boolean.TRUE.equals(user.isCurrentUser()));
            assertThat(catchThrowableOfType(() -> own.forUser("someone-else", tokens.companyId()).users().list(),
                    VismaReauthenticationRequiredException.class)).as("the token service's answer, unwrapped")
                    .isNotNull();
        }
    }

    @Test
    void theUnboundClientSaysHowToBindIt() {
        IllegalStateException unbound = catchThrowableOfType(() -> client.customers().list(),
                IllegalStateException.class);

        assertThat(unbound).hasMessageContaining("forCompany(companyId)");
    }

    private Customer newCustomer(String name) {
        return Customer.builder(name).invoiceCity("Stockholm").invoicePostalCode("111 22")
                .termsOfPaymentId(termsOfPayment).isPrivatePerson(false).build();
    }
}

package io.github.vismaidentity.eaccounting.contract;

import io.github.vismaidentity.eaccounting.FieldError;
import io.github.vismaidentity.eaccounting.Query;
import io.github.vismaidentity.eaccounting.ResourceNotFoundException;
import io.github.vismaidentity.eaccounting.ValidationFailedException;
import io.github.vismaidentity.eaccounting.model.Customer;
import io.github.vismaidentity.eaccounting.model.PropertyType;
import io.github.vismaidentity.eaccounting.resources.Customers;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Customers: every typed call against the emulator, reads and writes. */
class CustomersContractTest extends ContractTestBase {

    @Test
    void listsPagesAndGetsCustomersById() {
        List<Customer> all = listsPagesAndGetsById(client.customers()::list, Customer::id, client.customers()::get);

        assertThat(all).hasSizeGreaterThan(100).allSatisfy(customer -> {
            assertThat(customer.name()).isNotBlank();
            assertThat(customer.customerNumber()).isNotBlank();
            assertThat(customer.termsOfPaymentId()).isNotNull();
        });
    }

    @Test
    void filtersAndOrdersByEachOfCustomersFields() {
        int fields = new FieldContract<>(Customer.class, client.customers()::list).checkEveryFieldOf(Customers.class);

        assertThat(fields).isEqualTo(5);
    }

    @Test
    void aSelectAnswersOnlyTheSelectedPropertiesAndTheRecordReadsTheRestAsNull() {
        List<Customer> selected = client.customers().list(Query.all()
                .select(Customers.NAME, Customers.CUSTOMER_NUMBER).where(Customers.IS_ACTIVE.eq(true))).items();

        assertThat(selected).isNotEmpty().allSatisfy(customer -> {
            assertThat(customer.name()).isNotBlank();
            assertThat(customer.customerNumber()).isNotBlank();
            assertThat(customer.emailAddress()).isNull();
            assertThat(customer.isActive()).isNull();
            assertThat(customer.emailAddresses()).isEmpty();
        });
    }

    @Test
    void aCreatedCustomerComesBackWithItsIdAndNumberAndIsListedAndFound() {
        int before = client.customers().list().meta().totalNumberOfResults();
        UUID terms = client.termsOfPayments().list().items().get(0).id();

        Customer created = client.customers().create(Customer.builder("O'Brien & Söner AB").invoicePostalCode("211 20")
                .invoiceCity("Malmö").termsOfPaymentId(terms).emailAddress("order@obrien.example")
                .discountPercentage(new BigDecimal("0.05")).propertyType(PropertyType.APARTMENT).build());

        assertThat(created.id()).isNotNull();
        assertThat(created.customerNumber()).isNotBlank();
        assertThat(created.name()).isEqualTo("O'Brien & Söner AB");
        assertThat(created.invoiceCity()).isEqualTo("Malmö");
        assertThat(created.discountPercentage()).isEqualByComparingTo("0.05");
        assertThat(created.propertyType()).isEqualTo(PropertyType.APARTMENT);
        assertThat(client.customers().list().meta().totalNumberOfResults()).isEqualTo(before + 1);
        assertThat(client.customers().list(Query.all().where(Customers.NAME.eq("O'Brien & Söner AB"))).items())
                .containsExactly(created);
        assertThat(client.customers().get(created.id())).isEqualTo(created);
    }

    @Test
    void anUpdateChangesWhatItSetsAndKeepsTheRest() {
        Customer customer = client.customers().list().items().get(3);

        Customer updated = client.customers().update(customer.id(),
                customer.toBuilder().name("Renamed AB").telephone("+46 40 12 34 56").build());

        assertThat(updated.id()).isEqualTo(customer.id());
        assertThat(updated.name()).isEqualTo("Renamed AB");
        assertThat(updated.telephone()).isEqualTo("+46 40 12 34 56");
        assertThat(updated.customerNumber()).isEqualTo(customer.customerNumber());
        assertThat(client.customers().get(customer.id())).isEqualTo(updated);
    }

    @Test
    void aCustomerWithoutWhatVismaRequiresIsRefusedNamingEachFieldAndAnUnknownIdIsNotFound() {
        ValidationFailedException refused = catchThrowableOfType(ValidationFailedException.class,
                () -> client.customers().create(Customer.builder("No address AB").build()));
        ResourceNotFoundException missing = catchThrowableOfType(ResourceNotFoundException.class,
                () -> client.customers().get(UUID.randomUUID()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors()).extracting(FieldError::field, FieldError::errorCode).contains(
                org.assertj.core.groups.Tuple.tuple("InvoicePostalCode", "Required"),
                org.assertj.core.groups.Tuple.tuple("InvoiceCity", "Required"),
                org.assertj.core.groups.Tuple.tuple("TermsOfPaymentId", "Required"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.operation()).isEqualTo("GET /v2/customers/{customerId}");
    }
}

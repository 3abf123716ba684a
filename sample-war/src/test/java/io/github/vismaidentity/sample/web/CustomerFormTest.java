package io.github.vismaidentity.sample.web;

import io.github.vismaidentity.eaccounting.model.Customer;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerFormTest {

    private static final UUID NET_30 = UUID.fromString("8f9a4c52-2f4e-4a5e-9d2b-0f3c1a7e5b60");

    @Test
    void thePostedFormKeepsTheTextAsTypedWithoutSurroundingSpaceAndACheckedBoxIsTrue() {
        CustomerForm form = CustomerForm.from(FormRequests.posting(Map.of("Name", "  Nordlys Design AS ",
                "InvoicePostalCode", "0155", "InvoiceCity", "Oslo", "TermsOfPaymentId", NET_30.toString(),
                "IsActive", "on")));

        assertThat(form).isEqualTo(new CustomerForm("Nordlys Design AS", "", "", "0155", "Oslo", NET_30.toString(),
                false, true));
        assertThat(form.termsOfPayment()).isEqualTo(NET_30);
    }

    @Test
    void termsOfPaymentThatAreNoIdAreNoneSoThatVismaSaysWhatIsMissing() {
        assertThat(CustomerForm.from(FormRequests.posting(Map.of("TermsOfPaymentId", "30 days"))).termsOfPayment())
                .isNull();
        assertThat(CustomerForm.from(FormRequests.posting(Map.of())).termsOfPayment()).isNull();
    }

    @Test
    void theCustomerToCreateHasWhatWasTypedAndNoValueForAnEmptyInput() {
        Customer customer = new CustomerForm("Nordlys Design AS", "", "Storgata 1", "0155", "", NET_30.toString(),
                true, false).toCustomer();

        assertThat(customer.name()).isEqualTo("Nordlys Design AS");
        assertThat(customer.invoiceAddress1()).isEqualTo("Storgata 1");
        assertThat(customer.invoicePostalCode()).isEqualTo("0155");
        assertThat(customer.emailAddress()).as("an empty input").isNull();
        assertThat(customer.invoiceCity()).as("an empty input").isNull();
        assertThat(customer.termsOfPaymentId()).isEqualTo(NET_30);
        assertThat(customer.isPrivatePerson()).isTrue();
        assertThat(customer.isActive()).isFalse();
        assertThat(customer.id()).as("Visma gives the id").isNull();
    }

    @Test
    void theFormAsFirstShownIsEmptyForAnActiveCompanyCustomer() {
        assertThat(CustomerForm.empty()).isEqualTo(new CustomerForm("", "", "", "", "", "", false, true));
    }
}

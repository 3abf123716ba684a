package io.github.vismaidentity.eaccounting.contract;

import io.github.vismaidentity.eaccounting.Query;
import io.github.vismaidentity.eaccounting.model.Supplier;
import io.github.vismaidentity.eaccounting.model.SupplierInvoice;
import io.github.vismaidentity.eaccounting.resources.SupplierInvoices;
import io.github.vismaidentity.eaccounting.resources.Suppliers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Suppliers and supplier invoices: every typed call against the emulator. */
class PurchaseContractTest extends ContractTestBase {

    @Test
    void listsPagesAndGetsSuppliersFilteringAndOrderingByEachField() {
        List<Supplier> all = listsPagesAndGetsById(client.suppliers()::list, Supplier::id, client.suppliers()::get);

        assertThat(all).allSatisfy(supplier -> assertThat(supplier.name()).isNotBlank());
        assertThat(new FieldContract<>(Supplier.class, client.suppliers()::list)
                .checkEveryFieldOf(Suppliers.class)).isEqualTo(4);
    }

    @Test
    void aCreatedSupplierComesBackWithItsIdAndNumberAndIsListedAndFound() {
        UUID terms = client.termsOfPayments().list().items().get(0).id();
        int before = client.suppliers().list().meta().totalNumberOfResults();

        Supplier created = client.suppliers().create(Supplier.builder("Pappersgrossisten AB", terms)
                .city("Lund").postalCode("222 22").bankgiroNumber("5050-1055").build());

        assertThat(created.id()).isNotNull();
        assertThat(created.supplierNumber()).isNotBlank();
        assertThat(created.isActive()).isTrue();
        assertThat(created.city()).isEqualTo("Lund");
        assertThat(client.suppliers().list().meta().totalNumberOfResults()).isEqualTo(before + 1);
        assertThat(client.suppliers().list(Query.all().where(Suppliers.NAME.eq("Pappersgrossisten AB"))).items())
                .containsExactly(created);
        assertThat(client.suppliers().get(created.id())).isEqualTo(created);
    }

    @Test
    void listsPagesAndGetsSupplierInvoicesWithTheirRowsFilteringAndOrderingByEachField() {
        List<SupplierInvoice> all = listsPagesAndGetsById(client.supplierInvoices()::list, SupplierInvoice::id,
                client.supplierInvoices()::get);

        assertThat(all).allSatisfy(bill -> {
            assertThat(bill.supplierId()).isNotNull();
            assertThat(bill.totalAmount()).isPositive();
            assertThat(bill.rows()).isNotEmpty();
        });
        assertThat(new FieldContract<>(SupplierInvoice.class, client.supplierInvoices()::list)
                .checkEveryFieldOf(SupplierInvoices.class)).isEqualTo(4);
    }
}

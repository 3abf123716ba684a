package io.github.vismaidentity.eaccounting.http;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OperationTest {

    @Test
    void pathParametersArePercentEncodedInPlace() {
        UUID id = UUID.randomUUID();

        assertThat(Operation.CUSTOMERS_GET.path(id)).isEqualTo("customers/" + id);
        assertThat(Operation.VOUCHERS_GET.path("a b", "c/d?")).isEqualTo("vouchers/a%20b/c%2Fd%3F");
        assertThat(Operation.CUSTOMERS_LIST.path()).isEqualTo("customers");
    }

    @Test
    void aMissingOrExtraPathParameterIsRefused() {
        assertThatThrownBy(() -> Operation.CUSTOMERS_GET.path()).hasMessageContaining("takes 1 path parameters");
        assertThatThrownBy(() -> Operation.CUSTOMERS_GET.path((Object) null)).hasMessageContaining("{customerId}");
        assertThatThrownBy(() -> Operation.VOUCHERS_GET.path("..", "x")).hasMessageContaining("not '..'");
    }

    @Test
    void aTokenWithAnyAcceptedScopeOrUnknownScopesMayCall() {
        assertThat(Operation.CUSTOMERS_LIST.allows(Set.of("ea:api", "ea:sales_readonly"))).isTrue();
        assertThat(Operation.CUSTOMERS_CREATE.allows(Set.of("ea:api", "ea:sales_readonly"))).isFalse();
        assertThat(Operation.CUSTOMERS_CREATE.allows(Set.of())).as("unknown: Visma decides").isTrue();
        assertThat(Operation.ATTACHMENTS_GET.acceptedScopes()).containsExactly("ea:purchase", "ea:purchase_readonly",
                "ea:accounting", "ea:accounting_readonly");
        assertThat(Operation.CUSTOMERS_UPDATE.describe()).isEqualTo("PUT /v2/customers/{customerId}");
    }

    @Test
    void queryNamesKeepTheirDollarAndValuesAreEncoded() {
        assertThat(UrlEncoding.query(java.util.Map.of("$filter", "Name eq 'a b&c'")))
                .isEqualTo("?$filter=Name%20eq%20%27a%20b%26c%27");
    }
}

package io.github.vismaidentity.sample.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerPageTest {

    @Test
    void readsVismasMetaAndDataAndKnowsItsNeighbours() {
        JsonObject json = Json.createReader(new StringReader("""
                {"Meta": {"CurrentPage": 2, "PageSize": 10, "TotalNumberOfPages": 3, "TotalNumberOfResults": 25},
                 "Data": [{"CustomerNumber": "1011", "Name": "Customer 11", "EmailAddress": "c11@example.com",
                           "IsActive": false}]}
                """)).readObject();

        CustomerPage page = CustomerPage.from(json);

        assertThat(page.customers()).containsExactly(new Customer("1011", "Customer 11", "c11@example.com", false));
        assertThat(page.page()).isEqualTo(2);
        assertThat(page.total()).isEqualTo(25);
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void theLastPageHasNoNext() {
        JsonObject json = Json.createReader(new StringReader("""
                {"Meta": {"CurrentPage": 3, "TotalNumberOfPages": 3, "TotalNumberOfResults": 25}, "Data": []}
                """)).readObject();

        assertThat(CustomerPage.from(json).hasNext()).isFalse();
    }
}

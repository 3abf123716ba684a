package io.github.vismaidentity.sample.web;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CustomersServletTest {

    @Test
    void thePageParameterIsOneWhenMissingBelowOneOrNotANumber() {
        assertThat(CustomersServlet.page(null)).isEqualTo(1);
        assertThat(CustomersServlet.page("0")).isEqualTo(1);
        assertThat(CustomersServlet.page("-3")).isEqualTo(1);
        assertThat(CustomersServlet.page("2;drop")).isEqualTo(1);
        assertThat(CustomersServlet.page(" 7 ")).isEqualTo(7);
    }

    @Test
    void theListAsksForTenCustomersAPageInCustomerNumberOrder() {
        assertThat(CustomersServlet.query("", 3).parameters()).isEqualTo(Map.of("$orderby", "CustomerNumber",
                "$page", "3", "$pagesize", "10"));
    }

    @Test
    void theSearchIsAFilterOnTheNameWithTheTextEscapedAsVismaReadsIt() {
        assertThat(CustomersServlet.query(CustomersServlet.name("  O'Brien "), 1).parameters())
                .containsEntry("$filter", "contains(Name,'O''Brien')").containsEntry("$page", "1");
    }
}

package io.github.vismaidentity.sample.web;

import org.junit.jupiter.api.Test;

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
}

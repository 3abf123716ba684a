package io.github.vismaidentity.it.journeys;

import io.github.vismaidentity.emulator.control.Endpoint;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlOption;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTableRow;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static io.github.vismaidentity.it.support.VismaPages.logIn;
import static io.github.vismaidentity.it.support.VismaPages.pick;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's page that writes, {@code /customers/new}: a customer created at Visma through the typed client shows
 * in the list, a customer Visma refuses comes back with Visma's message next to each field it names, and a post
 * without the form's CSRF field reaches nobody. In Demo Norge AS, so that Demo AB keeps the customers
 * {@link SampleJourneys} counts.
 */
public abstract class CustomerFormJourneys extends SampleApp {

    @Test
    void theNewCustomerFormCreatesTheCustomerAtVismaAndTheListThenShowsIt() throws Exception {
        HtmlPage form = pick(logIn(open("customers/new"), "demo"), DEMO_NORGE.name());
        assertThat(form.getUrl()).isEqualTo(new URL(app, "customers/new"));
        int before = total(open("customers"));
        form = open("customers/new");
        HtmlSelect terms = form.getHtmlElementById("TermsOfPaymentId");
        assertThat(terms.getOptions()).as("the company's terms of payment, after the empty choice").hasSizeGreaterThan(1);
        HtmlOption chosen = terms.getOption(1);

        fill(form, Map.of("Name", "Zephyrlys Design AS", "EmailAddress", "post@zephyrlys.example",
                "InvoiceAddress1", "Storgata 1", "InvoicePostalCode", "0155", "InvoiceCity", "Oslo"));
        terms.setSelectedAttribute(chosen, true);
        HtmlPage list = form.getHtmlElementById("create").click();

        assertThat(list.getUrl().getPath()).isEqualTo(app.getPath() + "customers");
        assertThat(list.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(text(list, "created")).contains("Zephyrlys Design AS", "was created");
        List<HtmlTableRow> marked = list.getByXPath("//table[@id='customers']/tbody/tr[@class='created']");
        assertThat(marked).hasSize(1);
        assertThat(marked.get(0).getCell(1).getTextContent().trim()).isEqualTo("Zephyrlys Design AS");
        assertThat(marked.get(0).getCell(2).getTextContent().trim()).isEqualTo("post@zephyrlys.example");
        assertThat(total(open("customers"))).as("customers at Visma").isEqualTo(before + 1);
        assertThat(customers(open("customers?name=Zephyrlys"))).map(row -> row.get(1)).containsExactly("Zephyrlys Design AS");
    }

    @Test
    void aCustomerVismaRefusesComesBackWithVismasMessageNextToEachFieldItNamesAndNothingIsCreated() throws Exception {
        pick(logIn(open("customers/new"), "demo"), DEMO_NORGE.name());
        int before = total(open("customers"));
        HtmlPage form = open("customers/new");
        // Markup in the name: the form shows it back as text, never as part of the page.
        String tooLong = "Refused <b id=\"injected\">" + "x".repeat(50);

        // A name longer than Visma's 50 characters, no city and no terms of payment: three refusals at once.
        fill(form, Map.of("Name", tooLong, "InvoicePostalCode", "0155"));
        HtmlPage refused = form.getHtmlElementById("create").click();

        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
        assertThat(refused.getUrl()).isEqualTo(new URL(app, "customers/new"));
        assertThat(refused.getElementById("form-errors")).as("the notice above the form").isNotNull();
        // Visma's own messages (the emulator's, which say what to fix as Visma's do).
        assertThat(text(refused, "error-Name")).isEqualTo("Name may have at most 50 characters, not " + tooLong.length());
        assertThat(text(refused, "error-InvoiceCity")).isEqualTo("InvoiceCity is required");
        assertThat(text(refused, "error-TermsOfPaymentId")).isEqualTo("TermsOfPaymentId is required");
        assertThat(refused.getElementById("error-InvoicePostalCode")).as("a field Visma took").isNull();
        assertThat(refused.<HtmlInput>getHtmlElementById("Name").getValue()).as("the name as typed").isEqualTo(tooLong);
        assertThat(refused.getElementById("injected")).as("markup of the name in the page").isNull();
        assertThat(refused.<HtmlInput>getHtmlElementById("InvoicePostalCode").getValue()).isEqualTo("0155");
        assertThat(refused.getWebResponse().getContentAsString()).doesNotContain("Exception", "\tat ");
        assertThat(total(open("customers"))).as("customers at Visma").isEqualTo(before);
        assertThat(total(open("customers?name=Refused"))).isZero();
    }

    @Test
    void aNewCustomerPostWithoutTheFormsCsrfFieldIsRefusedAndSendsNothingToVisma() throws Exception {
        pick(logIn(open("customers/new"), "demo"), DEMO_NORGE.name());
        long calls = visma.control().requests(Endpoint.API_CUSTOMERS);
        List<NameValuePair> customer = List.of(new NameValuePair("Name", "Forged AS"),
                new NameValuePair("InvoicePostalCode", "0155"), new NameValuePair("InvoiceCity", "Oslo"));

        WebResponse withoutField = post("customers/new", customer);
        WebResponse wrongField = post("customers/new", List.of(new NameValuePair("csrf", "forged"),
                new NameValuePair("Name", "Forged AS")));

        assertProblemPage(withoutField, 403, "Not allowed");
        assertProblemPage(wrongField, 403, "Not allowed");
        assertThat(visma.control().requests(Endpoint.API_CUSTOMERS)).as("calls to /v2/customers").isEqualTo(calls);
        assertThat(total(open("customers?name=Forged"))).isZero();
    }

    private static void fill(HtmlPage form, Map<String, String> values) {
        values.forEach((name, value) -> form.<HtmlInput>getHtmlElementById(name).setValue(value));
    }

    /** How many customers the customers page says there are (with its search, those it found). */
    private static int total(HtmlPage customers) {
        return Integer.parseInt(text(customers, "customer-count").split(" ", 2)[0]);
    }
}

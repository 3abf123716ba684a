package io.github.vismaidentity.sample.web;

import io.github.vismaidentity.VismaCallerPrincipal;
import io.github.vismaidentity.eaccounting.Query;
import io.github.vismaidentity.eaccounting.ValidationFailedException;
import io.github.vismaidentity.eaccounting.model.Customer;
import io.github.vismaidentity.eaccounting.model.TermsOfPayment;
import io.github.vismaidentity.eaccounting.resources.TermsOfPayments;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code /customers/new}, protected: the form that creates a customer at Visma ({@code POST /v2/customers}, which
 * needs the scope {@code ea:sales}). The terms of payment it offers are the company's own. Visma checks the customer;
 * when it refuses it (HTTP 400, a field error per field), the form comes back as the user filled it in, with Visma's
 * message next to each field it names. A created customer is shown in the customer list, found by its name.
 */
@WebServlet("/customers/new")
public class NewCustomerServlet extends CompanyPage {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(NewCustomerServlet.class.getName());

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        show(request, response, CustomerForm.empty(), FormErrors.NONE);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (CsrfTokens.refused(request, response, "the new-customer page")) {
            return;
        }
        CustomerForm form = CustomerForm.from(request);
        Customer created;
        try {
            created = api.customers().create(form.toCustomer());
        } catch (ValidationFailedException refused) {
            LOG.info(() -> "VISMAID5072 Visma refused a new customer of company " + companyId() + ": "
                    + refused.errors().stream().map(error -> error.field() + " " + error.errorCode())
                    .collect(Collectors.joining(", ")));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            show(request, response, form, FormErrors.of(refused.errors(), CustomerForm.fields()));
            return;
        }
        LOG.info(() -> "VISMAID5071 Customer " + created.customerNumber() + " (" + created.id()
                + ") created in company " + companyId());
        // Post/redirect/get: reloading the list does not create the customer twice.
        response.sendRedirect(request.getContextPath() + "/customers?name="
                + URLEncoder.encode(created.name() == null ? form.name() : created.name(), StandardCharsets.UTF_8) + "&created=" + created.id());
    }

    private void show(HttpServletRequest request, HttpServletResponse response, CustomerForm form, FormErrors errors)
            throws ServletException, IOException {
        request.setAttribute("form", form);
        request.setAttribute("errors", errors);
        request.setAttribute("termsOfPayment", termsForSales());
        render(request, response, "customer-new");
    }

    /** The company's terms of payment that may go on a sale, by name. */
    private List<TermsOfPayment> termsForSales() {
        try (Stream<TermsOfPayment> terms = api.termsOfPayments().stream(Query.all().orderBy(TermsOfPayments.NAME))) {
            return terms.filter(term -> !Boolean.FALSE.equals(term.availableForSales())).toList();
        }
    }

    private String companyId() {
        VismaCallerPrincipal caller = Views.caller(security);
        return caller == null ? "?" : caller.getCompanyId();
    }
}

package io.github.vismaidentity.sample.web;

import io.github.vismaidentity.eaccounting.Page;
import io.github.vismaidentity.eaccounting.Query;
import io.github.vismaidentity.eaccounting.model.Customer;
import io.github.vismaidentity.eaccounting.resources.Customers;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /customers?page=N&name=...}, protected: the caller's company's customers, ten a page, in customer number
 * order; with {@code name}, those whose name contains it. After the new-customer form, {@code created} names the
 * customer it made, which the page marks.
 */
@WebServlet("/customers")
public class CustomersServlet extends CompanyPage {

    static final int PAGE_SIZE = 10;
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String name = name(request.getParameter("name"));
        Page<Customer> customers = api.customers().list(query(name, page(request.getParameter("page"))));
        request.setAttribute("customers", customers);
        request.setAttribute("name", name);
        request.setAttribute("pageLink", request.getContextPath() + "/customers?"
                + (name.isEmpty() ? "" : "name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&") + "page=");
        String created = request.getParameter("created");
        customers.items().stream().filter(customer -> customer.id() != null && customer.id().toString().equals(created))
                .findFirst().ifPresent(customer -> request.setAttribute("createdCustomer", customer));
        render(request, response, "customers");
    }

    /** Page {@code page} of the customers whose name contains {@code name} (all for an empty one). */
    static Query query(String name, int page) {
        Query query = Query.all().orderBy(Customers.CUSTOMER_NUMBER).page(page).pageSize(PAGE_SIZE);
        return name.isEmpty() ? query : query.where(Customers.NAME.contains(name));
    }

    static int page(String parameter) {
        try {
            return parameter == null ? 1 : Math.max(1, Integer.parseInt(parameter.trim()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** The search text, trimmed; empty for none. */
    static String name(String parameter) {
        return parameter == null ? "" : parameter.strip();
    }
}

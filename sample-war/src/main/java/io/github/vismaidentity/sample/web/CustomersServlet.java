package io.github.vismaidentity.sample.web;

import io.github.vismaidentity.sample.api.EAccountingClient;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code /customers?page=N}, protected: the caller's company's customers, a page of ten at a time. */
@WebServlet("/customers")
public class CustomersServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext security;

    @Inject
    transient EAccountingClient api;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("customers", api.customers(page(request.getParameter("page"))));
        Views.render(request, response, security, "customers");
    }

    static int page(String parameter) {
        try {
            return parameter == null ? 1 : Math.max(1, Integer.parseInt(parameter.trim()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}

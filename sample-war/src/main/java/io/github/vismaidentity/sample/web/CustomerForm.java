package io.github.vismaidentity.sample.web;

import io.github.vismaidentity.eaccounting.model.Customer;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The new-customer form as the user filled it in, text as typed, so that a form Visma refused comes back as the user
 * left it. The inputs carry the names of Visma's {@code CustomerApi} properties, which is how Visma's field errors find
 * their input. The sample checks nothing itself: what is required and how long a value may be is Visma's to say.
 */
public record CustomerForm(String name, String emailAddress, String invoiceAddress1, String invoicePostalCode,
                           String invoiceCity, String termsOfPaymentId, boolean privatePerson, boolean active) {

    /** The inputs of the form, by the Visma property each one fills. */
    static final List<String> FIELDS = List.of("Name", "EmailAddress", "InvoiceAddress1", "InvoicePostalCode",
            "InvoiceCity", "TermsOfPaymentId", "IsPrivatePerson", "IsActive");

    /** The form as first shown: empty, for an active company customer. */
    static CustomerForm empty() {
        return new CustomerForm("", "", "", "", "", "", false, true);
    }

    /** The form as posted; an input that is missing is empty, a checkbox that is missing is unchecked. */
    static CustomerForm from(HttpServletRequest request) {
        return new CustomerForm(text(request, "Name"), text(request, "EmailAddress"), text(request, "InvoiceAddress1"),
                text(request, "InvoicePostalCode"), text(request, "InvoiceCity"), text(request, "TermsOfPaymentId"),
                request.getParameter("IsPrivatePerson") != null, request.getParameter("IsActive") != null);
    }

    /** The customer to create: what the user typed, an empty input sent as no value. */
    Customer toCustomer() {
        return Customer.builder(valueOrNull(name)).emailAddress(valueOrNull(emailAddress))
                .invoiceAddress1(valueOrNull(invoiceAddress1)).invoicePostalCode(valueOrNull(invoicePostalCode))
                .invoiceCity(valueOrNull(invoiceCity)).termsOfPaymentId(termsOfPayment())
                .isPrivatePerson(privatePerson).isActive(active).build();
    }

    /** The form's inputs as a set, for {@link FormErrors#of}. */
    static Set<String> fields() {
        return Set.copyOf(FIELDS);
    }

    /**
     * The chosen terms of payment; none when nothing or something that is no id was chosen (a tampered form), so
     * that Visma says what is missing.
     */
    UUID termsOfPayment() {
        try {
            return termsOfPaymentId.isEmpty() ? null : UUID.fromString(termsOfPaymentId);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** Empty text is no value: Visma gets nothing rather than an empty string, and says whether it needs one. */
    private static String valueOrNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static String text(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }
}

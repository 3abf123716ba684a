package io.github.vismaidentity.emulator.api;

import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.directory.SeededCustomer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A company's {@link SeededCustomer}s in the stored form of {@link CustomerSchema}. */
final class CustomerSeed {

    private CustomerSeed() {
    }

    /** The company's seeded customers, all on the terms of payment {@code termsId}. */
    static List<Map<String, Object>> customers(Company company, String termsId) {
        List<Map<String, Object>> customers = new ArrayList<>(company.customers());
        for (SeededCustomer seeded : SeededCustomer.of(company)) {
            customers.add(stored(company, seeded, termsId));
        }
        return customers;
    }

    private static Map<String, Object> stored(Company company, SeededCustomer seeded, String termsId) {
        Map<String, Object> customer = new HashMap<>();
        customer.put("Id", seeded.id());
        customer.put("CustomerNumber", seeded.customerNumber());
        customer.put("Name", seeded.name());
        customer.put("IsPrivatePerson", seeded.privatePerson());
        customer.put("IsActive", seeded.active());
        customer.put("InvoiceAddress1", seeded.street());
        customer.put("InvoiceCity", seeded.city());
        customer.put("InvoicePostalCode", seeded.postalCode());
        customer.put("InvoiceCountryCode", seeded.countryCode());
        customer.put("CurrencyCode", CompanyData.currency(company));
        customer.put("EmailAddress", seeded.email());
        customer.put("Telephone", seeded.telephone());
        if (seeded.corporateIdentityNumber() != null) {
            customer.put("CorporateIdentityNumber", seeded.corporateIdentityNumber());
        }
        customer.put("TermsOfPaymentId", termsId);
        customer.put("ChangedUtc", seeded.changedUtc().toString());
        return Map.copyOf(customer);
    }
}

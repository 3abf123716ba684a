package io.github.vismaidentity.emulator.api;

import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.directory.User;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The made-up, stable content of a company: its settings, users and customers, as the API shows them. */
final class CompanyData {

    private CompanyData() {
    }

    static Map<String, Object> settings(Company company) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("Name", company.name());
        settings.put("CompanyIdentifier", company.id());
        settings.put("CorporateIdentityNumber", "55" + Math.abs(company.id().hashCode() % 100_000_000));
        settings.put("CountryCode", company.countryCode());
        settings.put("CurrencyCode", currency(company));
        settings.put("Email", "info@" + company.name().toLowerCase().replaceAll("[^a-z0-9]", "") + ".example");
        return settings;
    }

    static Map<String, Object> user(User user, boolean current) {
        Map<String, Object> entry = new LinkedHashMap<>();
        String[] names = user.name().split(" ", 2);
        entry.put("Id", user.subject());
        entry.put("Email", user.email());
        entry.put("FirstName", names[0]);
        entry.put("LastName", names.length > 1 ? names[1] : "");
        entry.put("IsCurrentUser", current);
        entry.put("IsConsultant", false);
        return entry;
    }

    static List<Map<String, Object>> customers(Company company) {
        List<Map<String, Object>> customers = new ArrayList<>(company.customers());
        for (int i = 1; i <= company.customers(); i++) {
            Map<String, Object> customer = new LinkedHashMap<>();
            customer.put("Id", UUID.nameUUIDFromBytes((company.id() + "/customer/" + i).getBytes(StandardCharsets.UTF_8))
                    .toString());
            customer.put("CustomerNumber", String.valueOf(1000 + i));
            customer.put("Name", "Customer " + i + " of " + company.name());
            customer.put("EmailAddress", "customer" + i + "@example.com");
            customer.put("CountryCode", company.countryCode());
            customer.put("CurrencyCode", currency(company));
            customer.put("IsActive", i % 10 != 0);
            customers.add(customer);
        }
        return customers;
    }

    private static String currency(Company company) {
        return switch (company.countryCode()) {
            case "SE" -> "SEK";
            case "NO" -> "NOK";
            case "DK" -> "DKK";
            default -> "EUR";
        };
    }
}

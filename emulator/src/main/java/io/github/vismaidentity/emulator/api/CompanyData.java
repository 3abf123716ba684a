package io.github.vismaidentity.emulator.api;

import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.directory.User;
import java.util.LinkedHashMap;
import java.util.Map;

/** The made-up, stable settings and users of a company, as the API shows them. */
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
        entry.put("IsActive", true);
        entry.put("IsCurrentUser", current);
        entry.put("IsConsultant", false);
        return entry;
    }

    /** The company's currency, from its country: SEK, NOK, DKK, else EUR. */
    static String currency(Company company) {
        return switch (company.countryCode()) {
            case "SE" -> "SEK";
            case "NO" -> "NOK";
            case "DK" -> "DKK";
            default -> "EUR";
        };
    }
}

package io.github.vismaidentity.sample.api;

import jakarta.json.JsonObject;

/** What the sample shows of {@code /v2/companysettings}. */
public record CompanySettings(String name, String companyIdentifier, String countryCode) {

    static CompanySettings from(JsonObject json) {
        return new CompanySettings(json.getString("Name", ""), json.getString("CompanyIdentifier", ""),
                json.getString("CountryCode", ""));
    }
}

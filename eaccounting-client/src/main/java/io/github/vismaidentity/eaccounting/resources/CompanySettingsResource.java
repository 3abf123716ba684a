package io.github.vismaidentity.eaccounting.resources;

import io.github.vismaidentity.eaccounting.http.ApiCalls;
import io.github.vismaidentity.eaccounting.http.Operation;
import io.github.vismaidentity.eaccounting.model.CompanySettings;

import java.util.Objects;

/** The company's settings ({@code /v2/companysettings}; needs {@code ea:sales} or {@code ea:sales_readonly}). */
public final class CompanySettingsResource {

    private final ApiCalls calls;

    /** Made by {@code EAccountingClient.companySettings()}. */
    public CompanySettingsResource(ApiCalls calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    /** The settings: name, corporate identity number, country, currency, ... */
    public CompanySettings get() {
        return calls.get(Operation.COMPANY_SETTINGS_GET, CompanySettings.class);
    }
}

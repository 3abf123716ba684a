package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.time.Instant;
import java.util.UUID;

/**
 * An account of the chart of accounts (Visma's {@code AccountApi}, from {@code /v2/accounts}). An
 * account has no id: its number within a fiscal year names it.
 *
 * @param number             the account number, e.g. {@code 1930}
 * @param name               the account name
 * @param description        Visma's description of the account (read-only)
 * @param fiscalYearId       the fiscal year the account belongs to
 * @param isActive           whether the account is active
 * @param vatCodeId          the account's default VAT code
 * @param vatCodeDescription that VAT code's description (read-only)
 * @param type               the account type number (Dutch companies only) (read-only)
 * @param typeDescription    the account type's description (read-only)
 * @param createdUtc         when the account was created (read-only)
 * @param modifiedUtc        when the account last changed (read-only)
 */
public record Account(
        @JsonbProperty("Number") String number,
        @JsonbProperty("Name") String name,
        @JsonbProperty("Description") String description,
        @JsonbProperty("FiscalYearId") UUID fiscalYearId,
        @JsonbProperty("IsActive") Boolean isActive,
        @JsonbProperty("VatCodeId") UUID vatCodeId,
        @JsonbProperty("VatCodeDescription") String vatCodeDescription,
        @JsonbProperty("Type") Integer type,
        @JsonbProperty("TypeDescription") String typeDescription,
        @JsonbProperty("CreatedUtc") Instant createdUtc,
        @JsonbProperty("ModifiedUtc") Instant modifiedUtc) {
}

package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A VAT code (Visma's {@code VatCodeApi}, from {@code /v2/vatcodes}): supplier invoice and voucher
 * rows name one by id.
 *
 * @param id          Visma's id (read-only)
 * @param code        the code, e.g. {@code 10}
 * @param description what the code is for
 * @param vatRate     the rate as a fraction, e.g. {@code 0.25}
 */
public record VatCode(
        @JsonbProperty("Id") UUID id,
        @JsonbProperty("Code") String code,
        @JsonbProperty("Description") String description,
        @JsonbProperty("VatRate") BigDecimal vatRate) {
}

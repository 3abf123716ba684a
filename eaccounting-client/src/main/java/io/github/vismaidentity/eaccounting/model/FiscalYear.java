package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A fiscal year of the company (Visma's {@code FiscalYearApi}, from {@code /v2/fiscalyears}); vouchers
 * and accounts belong to one.
 *
 * @param id                    Visma's id (read-only)
 * @param startDate             the first day of the year
 * @param endDate               the last day of the year
 * @param isLockedForAccounting whether the year is locked for bookkeeping (read-only)
 * @param bookkeepingMethod     Visma's bookkeeping method of the year (0, 1 or 2; the description names none) (read-only)
 */
public record FiscalYear(
        @JsonbProperty("Id") UUID id,
        @JsonbProperty("StartDate") LocalDate startDate,
        @JsonbProperty("EndDate") LocalDate endDate,
        @JsonbProperty("IsLockedForAccounting") Boolean isLockedForAccounting,
        @JsonbProperty("BookkeepingMethod") Integer bookkeepingMethod) {
}

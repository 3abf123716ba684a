package io.github.vismaidentity.eaccounting.resources;

import io.github.vismaidentity.eaccounting.Field;
import io.github.vismaidentity.eaccounting.http.ApiCalls;
import io.github.vismaidentity.eaccounting.http.Operation;
import io.github.vismaidentity.eaccounting.model.FiscalYear;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The company's fiscal years ({@code /v2/fiscalyears}; needs {@code ea:sales}, {@code ea:accounting} or their
 * read-only forms): a voucher is read by its fiscal year's id.
 */
public final class FiscalYears extends Listing<FiscalYear> {

    /** {@code StartDate}. */
    public static final Field<LocalDate> START_DATE = Field.date("StartDate");
    /** {@code EndDate}. */
    public static final Field<LocalDate> END_DATE = Field.date("EndDate");

    /** Made by {@code EAccountingClient.fiscalYears()}. */
    public FiscalYears(ApiCalls calls) {
        super(calls, Operation.FISCAL_YEARS_LIST, FiscalYear.class);
    }

    /**
     * The fiscal year with this id.
     *
     * @throws io.github.vismaidentity.eaccounting.ResourceNotFoundException when the company has none
     */
    public FiscalYear get(UUID id) {
        return one(Operation.FISCAL_YEARS_GET, FiscalYear.class, id);
    }
}

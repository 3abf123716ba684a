package io.github.vismaidentity.eaccounting.resources;

import io.github.vismaidentity.eaccounting.Field;
import io.github.vismaidentity.eaccounting.http.ApiCalls;
import io.github.vismaidentity.eaccounting.http.Operation;
import io.github.vismaidentity.eaccounting.model.Voucher;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The company's vouchers, its bookkeeping entries ({@code /v2/vouchers}; reads need {@code ea:accounting} or
 * {@code ea:accounting_readonly}, writes {@code ea:accounting}). A voucher is read by its fiscal year's id
 * ({@code fiscalYears()}) and its own.
 */
public final class Vouchers extends Listing<Voucher> {

    /** {@code VoucherDate}. */
    public static final Field<LocalDate> VOUCHER_DATE = Field.date("VoucherDate");
    /** {@code NumberSeries}. */
    public static final Field.Text NUMBER_SERIES = Field.string("NumberSeries");

    /** Made by {@code EAccountingClient.vouchers()}. */
    public Vouchers(ApiCalls calls) {
        super(calls, Operation.VOUCHERS_LIST, Voucher.class);
    }

    /**
     * The voucher with this id in this fiscal year.
     *
     * @throws io.github.vismaidentity.eaccounting.ResourceNotFoundException when the company has none
     */
    public Voucher get(UUID fiscalYearId, UUID voucherId) {
        return one(Operation.VOUCHERS_GET, Voucher.class, fiscalYearId, voucherId);
    }

    /**
     * Books the voucher and returns it as Visma stored it (with its id and number); its rows must balance.
     *
     * @throws io.github.vismaidentity.eaccounting.ValidationFailedException naming each field Visma refused
     */
    public Voucher create(Voucher voucher) {
        return calls.send(Operation.VOUCHERS_CREATE, Objects.requireNonNull(voucher, "voucher"), Voucher.class);
    }
}

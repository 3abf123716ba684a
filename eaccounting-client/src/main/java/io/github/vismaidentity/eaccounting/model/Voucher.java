package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A voucher of the books (Visma's {@code VoucherApi}, from {@code /v2/vouchers}). Build one to create
 * with {@link #create(LocalDate, String, List)}; Visma requires {@code VoucherText} and balanced
 * {@code Rows}.
 *
 * @param id                    Visma's id (read-only)
 * @param voucherDate           the date the voucher is booked on
 * @param voucherText           the voucher's text (at most 1000 characters; required)
 * @param numberSeries          the number series, e.g. {@code A}
 * @param numberAndNumberSeries the series and number, e.g. {@code A12} (read-only)
 * @param voucherType           what kind of voucher it is (manual ones are {@link VoucherType#MANUAL_VOUCHER})
 * @param rows                  the rows; their debits equal their credits
 * @param attachments           the attachments linked to the voucher
 * @param createdUtc            when the voucher was created (read-only)
 * @param modifiedUtc           when the voucher last changed (read-only)
 */
public record Voucher(
        @JsonbProperty("Id") UUID id,
        @JsonbProperty("VoucherDate") LocalDate voucherDate,
        @JsonbProperty("VoucherText") String voucherText,
        @JsonbProperty("NumberSeries") String numberSeries,
        @JsonbProperty("NumberAndNumberSeries") String numberAndNumberSeries,
        @JsonbProperty("VoucherType") VoucherType voucherType,
        @JsonbProperty("Rows") List<VoucherRow> rows,
        @JsonbProperty("Attachments") AttachmentLink attachments,
        @JsonbProperty("CreatedUtc") Instant createdUtc,
        @JsonbProperty("ModifiedUtc") Instant modifiedUtc) {

    /** A list Visma sends as null or leaves out is read as empty, without null items, and kept unmodifiable. */
    public Voucher {
        rows = Lists.withoutNulls(rows);
    }

    /**
     * A manual voucher to create.
     *
     * @param date the date it is booked on
     * @param text its text
     * @param rows its rows, balanced
     * @return the voucher to send to {@code vouchers().create}
     */
    public static Voucher create(LocalDate date, String text, List<VoucherRow> rows) {
        return new Voucher(null, date, text, null, null, VoucherType.MANUAL_VOUCHER, rows, null, null, null);
    }
}

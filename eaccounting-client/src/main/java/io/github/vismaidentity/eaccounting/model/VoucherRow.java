package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A row of a voucher (Visma's {@code VoucherRowApi}): an amount debited or credited to an account. A
 * voucher's rows balance: their debits equal their credits.
 *
 * @param accountNumber      the account number, e.g. {@code 1930} (required)
 * @param accountDescription the account's name (read-only)
 * @param debitAmount        the amount debited
 * @param creditAmount       the amount credited
 * @param transactionText    the row's text (at most 60 characters)
 * @param vatCodeId          the VAT code
 * @param vatAmount          the VAT amount
 * @param projectId          the project the row belongs to
 */
public record VoucherRow(
        @JsonbProperty("AccountNumber") Long accountNumber,
        @JsonbProperty("AccountDescription") String accountDescription,
        @JsonbProperty("DebitAmount") BigDecimal debitAmount,
        @JsonbProperty("CreditAmount") BigDecimal creditAmount,
        @JsonbProperty("TransactionText") String transactionText,
        @JsonbProperty("VatCodeId") UUID vatCodeId,
        @JsonbProperty("VatAmount") BigDecimal vatAmount,
        @JsonbProperty("ProjectId") UUID projectId) {

    /**
     * @param accountNumber the account, e.g. {@code 1930}
     * @param amount        the amount debited
     * @param text          the row's text, or null
     * @return a debit row to send
     */
    public static VoucherRow debit(long accountNumber, BigDecimal amount, String text) {
        return new VoucherRow(accountNumber, null, amount, null, text, null, null, null);
    }

    /**
     * @param accountNumber the account, e.g. {@code 3001}
     * @param amount        the amount credited
     * @param text          the row's text, or null
     * @return a credit row to send
     */
    public static VoucherRow credit(long accountNumber, BigDecimal amount, String text) {
        return new VoucherRow(accountNumber, null, null, amount, text, null, null, null);
    }
}

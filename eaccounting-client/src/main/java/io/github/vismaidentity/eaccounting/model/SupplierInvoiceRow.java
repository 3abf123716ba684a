package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A row of a supplier invoice (Visma's {@code SupplierInvoiceRowApi}): an amount booked on an account.
 *
 * @param lineNumber      the row's position (read-only)
 * @param accountNumber   the account, e.g. {@code 4010}
 * @param accountName     the account's name (read-only)
 * @param vatCodeId       the VAT code
 * @param debetAmount     the amount debited (Visma spells it {@code Debet})
 * @param creditAmount    the amount credited
 * @param transactionText the row's text (at most 100 characters)
 * @param projectId       the project the row belongs to
 */
public record SupplierInvoiceRow(
        @JsonbProperty("LineNumber") Integer lineNumber,
        @JsonbProperty("AccountNumber") Long accountNumber,
        @JsonbProperty("AccountName") String accountName,
        @JsonbProperty("VatCodeId") UUID vatCodeId,
        @JsonbProperty("DebetAmount") BigDecimal debetAmount,
        @JsonbProperty("CreditAmount") BigDecimal creditAmount,
        @JsonbProperty("TransactionText") String transactionText,
        @JsonbProperty("ProjectId") UUID projectId) {
}

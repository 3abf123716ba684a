package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A supplier invoice (Visma's {@code SupplierInvoiceApi}, from {@code /v2/supplierinvoices}): a bill
 * the company has to pay.
 *
 * @param id              Visma's id (read-only)
 * @param supplierId      the supplier who sent it
 * @param supplierNumber  the supplier's number (read-only)
 * @param supplierName    the supplier's name (read-only)
 * @param invoiceNumber   the supplier's invoice number
 * @param invoiceDate     the invoice date
 * @param dueDate         the due date
 * @param totalAmount     the total, VAT included
 * @param vat             the VAT
 * @param isCreditInvoice whether it credits an earlier invoice
 * @param currencyCode    the invoice currency (ISO 4217)
 * @param ocrNumber       the payment reference (OCR)
 * @param message         a message
 * @param remainingAmount what is left to pay (read-only)
 * @param status          draft, normal or deleted (read-only)
 * @param rows            the rows
 * @param attachments     the attachments of the invoice
 * @param voucherId       the voucher that booked the invoice (read-only)
 * @param voucherNumber   that voucher's number (read-only)
 * @param createdUtc      when the invoice was created (read-only)
 * @param modifiedUtc     when the invoice last changed (read-only)
 */
public record SupplierInvoice(
        @JsonbProperty("Id") UUID id,
        @JsonbProperty("SupplierId") UUID supplierId,
        @JsonbProperty("SupplierNumber") String supplierNumber,
        @JsonbProperty("SupplierName") String supplierName,
        @JsonbProperty("InvoiceNumber") String invoiceNumber,
        @JsonbProperty("InvoiceDate") LocalDate invoiceDate,
        @JsonbProperty("DueDate") LocalDate dueDate,
        @JsonbProperty("TotalAmount") BigDecimal totalAmount,
        @JsonbProperty("Vat") BigDecimal vat,
        @JsonbProperty("IsCreditInvoice") Boolean isCreditInvoice,
        @JsonbProperty("CurrencyCode") String currencyCode,
        @JsonbProperty("OcrNumber") String ocrNumber,
        @JsonbProperty("Message") String message,
        @JsonbProperty("RemainingAmount") BigDecimal remainingAmount,
        @JsonbProperty("Status") SupplierInvoiceStatus status,
        @JsonbProperty("Rows") List<SupplierInvoiceRow> rows,
        @JsonbProperty("Attachments") List<UUID> attachments,
        @JsonbProperty("VoucherId") UUID voucherId,
        @JsonbProperty("VoucherNumber") String voucherNumber,
        @JsonbProperty("CreatedUtc") Instant createdUtc,
        @JsonbProperty("ModifiedUtc") Instant modifiedUtc) {

    /** A list Visma sends as null or leaves out is read as empty, without null items, and kept unmodifiable. */
    public SupplierInvoice {
        rows = Lists.withoutNulls(rows);
        attachments = Lists.withoutNulls(attachments);
    }
}

package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A customer invoice (Visma's {@code CustomerInvoiceApi}, from {@code /v2/customerinvoices}). Build one
 * to create with {@link #builder(UUID)}; Visma requires {@code CustomerId}, {@code Rows},
 * {@code EuThirdParty} and {@code RotReducedInvoicingType}. Most invoices start as a
 * {@link CustomerInvoiceDraft} instead.
 *
 * @param id                         Visma's id (read-only)
 * @param invoiceNumber              the invoice number (read-only)
 * @param customerId                 the customer invoiced (required)
 * @param customerNumber             the customer's number (read-only)
 * @param customerName               the customer's name (read-only)
 * @param isCreditInvoice            whether the invoice credits an earlier one
 * @param invoiceDate                the invoice date
 * @param dueDate                    the due date
 * @param deliveryDate               the delivery date
 * @param termsOfPaymentId           the terms of payment; the customer's when absent
 * @param yourReference              the customer's reference
 * @param ourReference               our reference
 * @param invoiceAddress1            first invoice address line
 * @param invoiceAddress2            second invoice address line
 * @param invoicePostalCode          invoice postal code
 * @param invoiceCity                invoice city
 * @param invoiceCountryCode         invoice country, ISO 3166-1 alpha-2
 * @param currencyCode               the invoice currency (ISO 4217) (read-only)
 * @param euThirdParty               whether EU triangulation applies (required; usually false)
 * @param rotReducedInvoicingType    normal, ROT or RUT (required; usually normal)
 * @param rows                       the rows (required)
 * @param totalAmount                the total in the company's currency (read-only)
 * @param totalVatAmount             the VAT of the total (read-only)
 * @param totalAmountInvoiceCurrency the total in the invoice currency (read-only)
 * @param remainingAmount            what is left to pay (read-only)
 * @param createdFromDraftId         the draft the invoice was made from
 * @param voucherId                  the voucher that booked the invoice (read-only)
 * @param voucherNumber              that voucher's number (read-only)
 * @param createdUtc                 when the invoice was created (read-only)
 * @param modifiedUtc                when the invoice last changed (read-only)
 */
public record CustomerInvoice(
        @JsonbProperty("Id") UUID id,
        @JsonbProperty("InvoiceNumber") Integer invoiceNumber,
        @JsonbProperty("CustomerId") UUID customerId,
        @JsonbProperty("CustomerNumber") String customerNumber,
        @JsonbProperty("CustomerName") String customerName,
        @JsonbProperty("IsCreditInvoice") Boolean isCreditInvoice,
        @JsonbProperty("InvoiceDate") LocalDate invoiceDate,
        @JsonbProperty("DueDate") LocalDate dueDate,
        @JsonbProperty("DeliveryDate") LocalDate deliveryDate,
        @JsonbProperty("TermsOfPaymentId") UUID termsOfPaymentId,
        @JsonbProperty("YourReference") String yourReference,
        @JsonbProperty("OurReference") String ourReference,
        @JsonbProperty("InvoiceAddress1") String invoiceAddress1,
        @JsonbProperty("InvoiceAddress2") String invoiceAddress2,
        @JsonbProperty("InvoicePostalCode") String invoicePostalCode,
        @JsonbProperty("InvoiceCity") String invoiceCity,
        @JsonbProperty("InvoiceCountryCode") String invoiceCountryCode,
        @JsonbProperty("CurrencyCode") String currencyCode,
        @JsonbProperty("EuThirdParty") Boolean euThirdParty,
        @JsonbProperty("RotReducedInvoicingType") RotReducedInvoicingType rotReducedInvoicingType,
        @JsonbProperty("Rows") List<CustomerInvoiceRow> rows,
        @JsonbProperty("TotalAmount") BigDecimal totalAmount,
        @JsonbProperty("TotalVatAmount") BigDecimal totalVatAmount,
        @JsonbProperty("TotalAmountInvoiceCurrency") BigDecimal totalAmountInvoiceCurrency,
        @JsonbProperty("RemainingAmount") BigDecimal remainingAmount,
        @JsonbProperty("CreatedFromDraftId") UUID createdFromDraftId,
        @JsonbProperty("VoucherId") UUID voucherId,
        @JsonbProperty("VoucherNumber") String voucherNumber,
        @JsonbProperty("CreatedUtc") Instant createdUtc,
        @JsonbProperty("ModifiedUtc") Instant modifiedUtc) {

    /** A list Visma sends as null or leaves out is read as empty, without null items, and kept unmodifiable. */
    public CustomerInvoice {
        rows = Lists.withoutNulls(rows);
    }

    /**
     * A new invoice for a customer, not EU triangulation, not ROT/RUT; add its rows before
     * {@link CustomerInvoiceBuilder#build()}.
     *
     * @param customerId the customer invoiced
     * @return a builder holding it
     */
    public static CustomerInvoiceBuilder builder(UUID customerId) {
        return new CustomerInvoiceBuilder().customerId(customerId).euThirdParty(false)
                .rotReducedInvoicingType(RotReducedInvoicingType.NORMAL);
    }

    /** @return a builder holding every value of this CustomerInvoice, for a change */
    public CustomerInvoiceBuilder toBuilder() {
        return new CustomerInvoiceBuilder(this);
    }
}

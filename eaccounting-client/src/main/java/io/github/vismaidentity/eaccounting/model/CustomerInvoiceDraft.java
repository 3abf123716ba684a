package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A customer invoice draft (Visma's {@code CustomerInvoiceDraftApi}, from
 * {@code /v2/customerinvoicedrafts}): an invoice not yet sent, which {@code convert} turns into a
 * {@link CustomerInvoice}. Build one with {@link #builder(UUID)}; Visma requires {@code CustomerId},
 * {@code EuThirdParty} and {@code RotReducedInvoicingType}, and fills the address from the customer.
 *
 * @param id                      Visma's id (read-only)
 * @param customerId              the customer invoiced (required)
 * @param customerNumber          the customer's number (read-only)
 * @param customerName            the customer's name (read-only)
 * @param isCreditInvoice         whether the draft credits an earlier invoice
 * @param invoiceDate             the invoice date
 * @param dueDate                 the due date
 * @param deliveryDate            the delivery date
 * @param termsOfPaymentId        the terms of payment; the customer's when absent
 * @param yourReference           the customer's reference
 * @param ourReference            our reference
 * @param buyersOrderReference    the buyer's order reference
 * @param invoiceAddress1         first invoice address line
 * @param invoiceAddress2         second invoice address line
 * @param invoicePostalCode       invoice postal code (read-only)
 * @param invoiceCity             invoice city (read-only)
 * @param invoiceCountryCode      invoice country, ISO 3166-1 alpha-2 (read-only)
 * @param invoiceCurrencyCode     the invoice currency (ISO 4217) (read-only)
 * @param euThirdParty            whether EU triangulation applies (required; usually false)
 * @param rotReducedInvoicingType normal, ROT or RUT (required; usually normal)
 * @param rows                    the rows
 * @param totalAmount             the total (read-only)
 * @param totalVatAmount          the VAT of the total (read-only)
 * @param includesVat             whether the row prices include VAT (read-only)
 * @param createdUtc              when the draft was created (read-only)
 */
public record CustomerInvoiceDraft(
        @JsonbProperty("Id") UUID id,
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
        @JsonbProperty("BuyersOrderReference") String buyersOrderReference,
        @JsonbProperty("InvoiceAddress1") String invoiceAddress1,
        @JsonbProperty("InvoiceAddress2") String invoiceAddress2,
        @JsonbProperty("InvoicePostalCode") String invoicePostalCode,
        @JsonbProperty("InvoiceCity") String invoiceCity,
        @JsonbProperty("InvoiceCountryCode") String invoiceCountryCode,
        @JsonbProperty("InvoiceCurrencyCode") String invoiceCurrencyCode,
        @JsonbProperty("EuThirdParty") Boolean euThirdParty,
        @JsonbProperty("RotReducedInvoicingType") RotReducedInvoicingType rotReducedInvoicingType,
        @JsonbProperty("Rows") List<CustomerInvoiceDraftRow> rows,
        @JsonbProperty("TotalAmount") BigDecimal totalAmount,
        @JsonbProperty("TotalVatAmount") BigDecimal totalVatAmount,
        @JsonbProperty("IncludesVat") Boolean includesVat,
        @JsonbProperty("CreatedUtc") Instant createdUtc) {

    /** A list Visma sends as null or leaves out is read as empty, without null items, and kept unmodifiable. */
    public CustomerInvoiceDraft {
        rows = Lists.withoutNulls(rows);
    }

    /**
     * A new draft for a customer, not EU triangulation, not ROT/RUT; add its rows before
     * {@link CustomerInvoiceDraftBuilder#build()}.
     *
     * @param customerId the customer invoiced
     * @return a builder holding it
     */
    public static CustomerInvoiceDraftBuilder builder(UUID customerId) {
        return new CustomerInvoiceDraftBuilder().customerId(customerId).euThirdParty(false)
                .rotReducedInvoicingType(RotReducedInvoicingType.NORMAL);
    }

    /** @return a builder holding every value of this CustomerInvoiceDraft, for a change */
    public CustomerInvoiceDraftBuilder toBuilder() {
        return new CustomerInvoiceDraftBuilder(this);
    }
}

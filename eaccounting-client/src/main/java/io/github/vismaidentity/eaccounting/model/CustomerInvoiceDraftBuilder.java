package io.github.vismaidentity.eaccounting.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Builds a {@link CustomerInvoiceDraft} to send: {@code CustomerInvoiceDraft.builder(...)} for a new one, {@code toBuilder()} for
 * a change. Each setter sets the component of the same name (see {@link CustomerInvoiceDraft}); what is left unset
 * is not sent. Read-only values (id, timestamps) are kept from the record a builder was made from.
 */
public final class CustomerInvoiceDraftBuilder {

    private UUID id;
    private UUID customerId;
    private String customerNumber;
    private String customerName;
    private Boolean isCreditInvoice;
    private LocalDate invoiceDate;
    private LocalDate dueDate;
    private LocalDate deliveryDate;
    private UUID termsOfPaymentId;
    private String yourReference;
    private String ourReference;
    private String buyersOrderReference;
    private String invoiceAddress1;
    private String invoiceAddress2;
    private String invoicePostalCode;
    private String invoiceCity;
    private String invoiceCountryCode;
    private String invoiceCurrencyCode;
    private Boolean euThirdParty;
    private RotReducedInvoicingType rotReducedInvoicingType;
    private List<CustomerInvoiceDraftRow> rows;
    private BigDecimal totalAmount;
    private BigDecimal totalVatAmount;
    private Boolean includesVat;
    private Instant createdUtc;

    CustomerInvoiceDraftBuilder() {
    }

    CustomerInvoiceDraftBuilder(CustomerInvoiceDraft from) {
        id = from.id();
        customerId = from.customerId();
        customerNumber = from.customerNumber();
        customerName = from.customerName();
        isCreditInvoice = from.isCreditInvoice();
        invoiceDate = from.invoiceDate();
        dueDate = from.dueDate();
        deliveryDate = from.deliveryDate();
        termsOfPaymentId = from.termsOfPaymentId();
        yourReference = from.yourReference();
        ourReference = from.ourReference();
        buyersOrderReference = from.buyersOrderReference();
        invoiceAddress1 = from.invoiceAddress1();
        invoiceAddress2 = from.invoiceAddress2();
        invoicePostalCode = from.invoicePostalCode();
        invoiceCity = from.invoiceCity();
        invoiceCountryCode = from.invoiceCountryCode();
        invoiceCurrencyCode = from.invoiceCurrencyCode();
        euThirdParty = from.euThirdParty();
        rotReducedInvoicingType = from.rotReducedInvoicingType();
        rows = from.rows();
        totalAmount = from.totalAmount();
        totalVatAmount = from.totalVatAmount();
        includesVat = from.includesVat();
        createdUtc = from.createdUtc();
    }

    /** Sets {@code CustomerId}; null sends none. */
    public CustomerInvoiceDraftBuilder customerId(UUID customerId) {
        this.customerId = customerId;
        return this;
    }

    /** Sets {@code IsCreditInvoice}; null sends none. */
    public CustomerInvoiceDraftBuilder isCreditInvoice(Boolean isCreditInvoice) {
        this.isCreditInvoice = isCreditInvoice;
        return this;
    }

    /** Sets {@code InvoiceDate}; null sends none. */
    public CustomerInvoiceDraftBuilder invoiceDate(LocalDate invoiceDate) {
        this.invoiceDate = invoiceDate;
        return this;
    }

    /** Sets {@code DueDate}; null sends none. */
    public CustomerInvoiceDraftBuilder dueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
        return this;
    }

    /** Sets {@code DeliveryDate}; null sends none. */
    public CustomerInvoiceDraftBuilder deliveryDate(LocalDate deliveryDate) {
        this.deliveryDate = deliveryDate;
        return this;
    }

    /** Sets {@code TermsOfPaymentId}; null sends none. */
    public CustomerInvoiceDraftBuilder termsOfPaymentId(UUID termsOfPaymentId) {
        this.termsOfPaymentId = termsOfPaymentId;
        return this;
    }

    /** Sets {@code YourReference}; null sends none. */
    public CustomerInvoiceDraftBuilder yourReference(String yourReference) {
        this.yourReference = yourReference;
        return this;
    }

    /** Sets {@code OurReference}; null sends none. */
    public CustomerInvoiceDraftBuilder ourReference(String ourReference) {
        this.ourReference = ourReference;
        return this;
    }

    /** Sets {@code BuyersOrderReference}; null sends none. */
    public CustomerInvoiceDraftBuilder buyersOrderReference(String buyersOrderReference) {
        this.buyersOrderReference = buyersOrderReference;
        return this;
    }

    /** Sets {@code InvoiceAddress1}; null sends none. */
    public CustomerInvoiceDraftBuilder invoiceAddress1(String invoiceAddress1) {
        this.invoiceAddress1 = invoiceAddress1;
        return this;
    }

    /** Sets {@code InvoiceAddress2}; null sends none. */
    public CustomerInvoiceDraftBuilder invoiceAddress2(String invoiceAddress2) {
        this.invoiceAddress2 = invoiceAddress2;
        return this;
    }

    /** Sets {@code EuThirdParty}; null sends none. */
    public CustomerInvoiceDraftBuilder euThirdParty(Boolean euThirdParty) {
        this.euThirdParty = euThirdParty;
        return this;
    }

    /** Sets {@code RotReducedInvoicingType}; null sends none. */
    public CustomerInvoiceDraftBuilder rotReducedInvoicingType(RotReducedInvoicingType rotReducedInvoicingType) {
        this.rotReducedInvoicingType = rotReducedInvoicingType;
        return this;
    }

    /** Sets {@code Rows}; null sends none. */
    public CustomerInvoiceDraftBuilder rows(List<CustomerInvoiceDraftRow> rows) {
        this.rows = rows;
        return this;
    }

    /** @return the CustomerInvoiceDraft with the values set */
    public CustomerInvoiceDraft build() {
        return new CustomerInvoiceDraft(id, customerId, customerNumber, customerName, isCreditInvoice, invoiceDate, dueDate, deliveryDate, termsOfPaymentId, yourReference, ourReference, buyersOrderReference, invoiceAddress1, invoiceAddress2, invoicePostalCode, invoiceCity, invoiceCountryCode, invoiceCurrencyCode, euThirdParty, rotReducedInvoicingType, rows, totalAmount, totalVatAmount, includesVat, createdUtc);
    }
}

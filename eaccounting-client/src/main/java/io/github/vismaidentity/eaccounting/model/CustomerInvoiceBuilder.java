package io.github.vismaidentity.eaccounting.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Builds a {@link CustomerInvoice} to send: {@code CustomerInvoice.builder(...)} for a new one, {@code toBuilder()} for
 * a change. Each setter sets the component of the same name (see {@link CustomerInvoice}); what is left unset
 * is not sent. Read-only values (id, timestamps) are kept from the record a builder was made from.
 */
public final class CustomerInvoiceBuilder {

    private UUID id;
    private Integer invoiceNumber;
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
    private String invoiceAddress1;
    private String invoiceAddress2;
    private String invoicePostalCode;
    private String invoiceCity;
    private String invoiceCountryCode;
    private String currencyCode;
    private Boolean euThirdParty;
    private RotReducedInvoicingType rotReducedInvoicingType;
    private List<CustomerInvoiceRow> rows;
    private BigDecimal totalAmount;
    private BigDecimal totalVatAmount;
    private BigDecimal totalAmountInvoiceCurrency;
    private BigDecimal remainingAmount;
    private UUID createdFromDraftId;
    private UUID voucherId;
    private String voucherNumber;
    private Instant createdUtc;
    private Instant modifiedUtc;

    CustomerInvoiceBuilder() {
    }

    CustomerInvoiceBuilder(CustomerInvoice from) {
        id = from.id();
        invoiceNumber = from.invoiceNumber();
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
        invoiceAddress1 = from.invoiceAddress1();
        invoiceAddress2 = from.invoiceAddress2();
        invoicePostalCode = from.invoicePostalCode();
        invoiceCity = from.invoiceCity();
        invoiceCountryCode = from.invoiceCountryCode();
        currencyCode = from.currencyCode();
        euThirdParty = from.euThirdParty();
        rotReducedInvoicingType = from.rotReducedInvoicingType();
        rows = from.rows();
        totalAmount = from.totalAmount();
        totalVatAmount = from.totalVatAmount();
        totalAmountInvoiceCurrency = from.totalAmountInvoiceCurrency();
        remainingAmount = from.remainingAmount();
        createdFromDraftId = from.createdFromDraftId();
        voucherId = from.voucherId();
        voucherNumber = from.voucherNumber();
        createdUtc = from.createdUtc();
        modifiedUtc = from.modifiedUtc();
    }

    /** Sets {@code CustomerId}; null sends none. */
    public CustomerInvoiceBuilder customerId(UUID customerId) {
        this.customerId = customerId;
        return this;
    }

    /** Sets {@code IsCreditInvoice}; null sends none. */
    public CustomerInvoiceBuilder isCreditInvoice(Boolean isCreditInvoice) {
        this.isCreditInvoice = isCreditInvoice;
        return this;
    }

    /** Sets {@code InvoiceDate}; null sends none. */
    public CustomerInvoiceBuilder invoiceDate(LocalDate invoiceDate) {
        this.invoiceDate = invoiceDate;
        return this;
    }

    /** Sets {@code DueDate}; null sends none. */
    public CustomerInvoiceBuilder dueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
        return this;
    }

    /** Sets {@code DeliveryDate}; null sends none. */
    public CustomerInvoiceBuilder deliveryDate(LocalDate deliveryDate) {
        this.deliveryDate = deliveryDate;
        return this;
    }

    /** Sets {@code TermsOfPaymentId}; null sends none. */
    public CustomerInvoiceBuilder termsOfPaymentId(UUID termsOfPaymentId) {
        this.termsOfPaymentId = termsOfPaymentId;
        return this;
    }

    /** Sets {@code YourReference}; null sends none. */
    public CustomerInvoiceBuilder yourReference(String yourReference) {
        this.yourReference = yourReference;
        return this;
    }

    /** Sets {@code OurReference}; null sends none. */
    public CustomerInvoiceBuilder ourReference(String ourReference) {
        this.ourReference = ourReference;
        return this;
    }

    /** Sets {@code InvoiceAddress1}; null sends none. */
    public CustomerInvoiceBuilder invoiceAddress1(String invoiceAddress1) {
        this.invoiceAddress1 = invoiceAddress1;
        return this;
    }

    /** Sets {@code InvoiceAddress2}; null sends none. */
    public CustomerInvoiceBuilder invoiceAddress2(String invoiceAddress2) {
        this.invoiceAddress2 = invoiceAddress2;
        return this;
    }

    /** Sets {@code InvoicePostalCode}; null sends none. */
    public CustomerInvoiceBuilder invoicePostalCode(String invoicePostalCode) {
        this.invoicePostalCode = invoicePostalCode;
        return this;
    }

    /** Sets {@code InvoiceCity}; null sends none. */
    public CustomerInvoiceBuilder invoiceCity(String invoiceCity) {
        this.invoiceCity = invoiceCity;
        return this;
    }

    /** Sets {@code InvoiceCountryCode}; null sends none. */
    public CustomerInvoiceBuilder invoiceCountryCode(String invoiceCountryCode) {
        this.invoiceCountryCode = invoiceCountryCode;
        return this;
    }

    /** Sets {@code EuThirdParty}; null sends none. */
    public CustomerInvoiceBuilder euThirdParty(Boolean euThirdParty) {
        this.euThirdParty = euThirdParty;
        return this;
    }

    /** Sets {@code RotReducedInvoicingType}; null sends none. */
    public CustomerInvoiceBuilder rotReducedInvoicingType(RotReducedInvoicingType rotReducedInvoicingType) {
        this.rotReducedInvoicingType = rotReducedInvoicingType;
        return this;
    }

    /** Sets {@code Rows}; null sends none. */
    public CustomerInvoiceBuilder rows(List<CustomerInvoiceRow> rows) {
        this.rows = rows;
        return this;
    }

    /** Sets {@code CreatedFromDraftId}; null sends none. */
    public CustomerInvoiceBuilder createdFromDraftId(UUID createdFromDraftId) {
        this.createdFromDraftId = createdFromDraftId;
        return this;
    }

    /** @return the CustomerInvoice with the values set */
    public CustomerInvoice build() {
        return new CustomerInvoice(id, invoiceNumber, customerId, customerNumber, customerName, isCreditInvoice, invoiceDate, dueDate, deliveryDate, termsOfPaymentId, yourReference, ourReference, invoiceAddress1, invoiceAddress2, invoicePostalCode, invoiceCity, invoiceCountryCode, currencyCode, euThirdParty, rotReducedInvoicingType, rows, totalAmount, totalVatAmount, totalAmountInvoiceCurrency, remainingAmount, createdFromDraftId, voucherId, voucherNumber, createdUtc, modifiedUtc);
    }
}

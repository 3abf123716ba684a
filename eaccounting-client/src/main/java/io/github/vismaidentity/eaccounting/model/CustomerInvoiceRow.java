package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A row of a customer invoice (Visma's {@code CustomerInvoiceRowApi}): an article sold, or a text.
 * Create one with {@link #article(UUID, BigDecimal, BigDecimal)} or {@link #text(String)}.
 *
 * @param lineNumber         the row's position (read-only)
 * @param articleId          the article sold
 * @param articleNumber      its number (read-only)
 * @param isTextRow          whether the row only shows a text (read-only)
 * @param text               the text (at most 2000 characters)
 * @param quantity           how many
 * @param unitPrice          the price of one, excluding VAT
 * @param discountPercentage the discount, 0 to 1
 * @param isVatFree          whether the row carries no VAT
 * @param projectId          the project the row belongs to
 * @param vatRate            the VAT rate (read-only)
 * @param amountNoVat        the row's amount excluding VAT (read-only)
 * @param amount             the row's amount (read-only)
 */
public record CustomerInvoiceRow(
        @JsonbProperty("LineNumber") Integer lineNumber,
        @JsonbProperty("ArticleId") UUID articleId,
        @JsonbProperty("ArticleNumber") String articleNumber,
        @JsonbProperty("IsTextRow") Boolean isTextRow,
        @JsonbProperty("Text") String text,
        @JsonbProperty("Quantity") BigDecimal quantity,
        @JsonbProperty("UnitPrice") BigDecimal unitPrice,
        @JsonbProperty("DiscountPercentage") BigDecimal discountPercentage,
        @JsonbProperty("IsVatFree") Boolean isVatFree,
        @JsonbProperty("ProjectId") UUID projectId,
        @JsonbProperty("VatRate") BigDecimal vatRate,
        @JsonbProperty("AmountNoVat") BigDecimal amountNoVat,
        @JsonbProperty("Amount") BigDecimal amount) {

    /**
     * A row selling an article; Visma fills in its text, unit and VAT.
     *
     * @param articleId the article
     * @param quantity  how many
     * @param unitPrice the price of one, excluding VAT; null takes the article's price
     * @return the row to send
     */
    public static CustomerInvoiceRow article(UUID articleId, BigDecimal quantity, BigDecimal unitPrice) {
        return new CustomerInvoiceRow(null, articleId, null, null, null, quantity, unitPrice, null, null, null, null, null, null);
    }

    /**
     * @param text the text (at most 2000 characters)
     * @return a row that only shows a text
     */
    public static CustomerInvoiceRow text(String text) {
        return new CustomerInvoiceRow(null, null, null, null, text, null, null, null, null, null, null, null, null);
    }
}

package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A row of a customer invoice draft (Visma's {@code CustomerInvoiceDraftRowApi}): an article sold, or a
 * text. Create one with {@link #article(UUID, BigDecimal, BigDecimal)} or {@link #text(String)}.
 *
 * @param lineNumber                          the row's position
 * @param articleId                           the article sold
 * @param articleNumber                       its number
 * @param isTextRow                           whether the row only shows a text (required)
 * @param text                                the text (at most 2000 characters)
 * @param quantity                            how many
 * @param unitPrice                           the price of one, excluding VAT
 * @param discountPercentage                  the discount, 0 to 1
 * @param unitName                            the unit's name
 * @param projectId                           the project the row belongs to
 * @param reversedConstructionServicesVatFree whether reverse charge on construction services applies (required)
 * @param vatRate                             the VAT rate (read-only)
 * @param amount                              the row's amount (read-only)
 */
public record CustomerInvoiceDraftRow(
        @JsonbProperty("LineNumber") Integer lineNumber,
        @JsonbProperty("ArticleId") UUID articleId,
        @JsonbProperty("ArticleNumber") String articleNumber,
        @JsonbProperty("IsTextRow") Boolean isTextRow,
        @JsonbProperty("Text") String text,
        @JsonbProperty("Quantity") BigDecimal quantity,
        @JsonbProperty("UnitPrice") BigDecimal unitPrice,
        @JsonbProperty("DiscountPercentage") BigDecimal discountPercentage,
        @JsonbProperty("UnitName") String unitName,
        @JsonbProperty("ProjectId") UUID projectId,
        @JsonbProperty("ReversedConstructionServicesVatFree") Boolean reversedConstructionServicesVatFree,
        @JsonbProperty("VatRate") BigDecimal vatRate,
        @JsonbProperty("Amount") BigDecimal amount) {

    /**
     * A row selling an article; Visma fills in its text, unit and VAT.
     *
     * @param articleId the article
     * @param quantity  how many
     * @param unitPrice the price of one, excluding VAT; null takes the article's price
     * @return the row to send
     */
    public static CustomerInvoiceDraftRow article(UUID articleId, BigDecimal quantity, BigDecimal unitPrice) {
        return new CustomerInvoiceDraftRow(null, articleId, null, false, null, quantity, unitPrice, null, null, null, false, null, null);
    }

    /**
     * @param text the text (at most 2000 characters)
     * @return a row that only shows a text
     */
    public static CustomerInvoiceDraftRow text(String text) {
        return new CustomerInvoiceDraftRow(null, null, null, true, text, null, null, null, null, null, false, null, null);
    }
}

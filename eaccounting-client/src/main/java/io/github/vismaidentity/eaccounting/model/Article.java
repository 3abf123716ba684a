package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An article: a product or service sold (Visma's {@code ArticleApi}, from {@code /v2/articles}).
 * Build one to create with {@link #builder(String, String, UUID, UUID)}; Visma requires
 * {@code Number}, {@code Name}, {@code CodingId}, {@code UnitId} and {@code IsActive}.
 *
 * @param id               Visma's id (read-only)
 * @param number           the article number (at most 40 characters)
 * @param name             the name (at most 50 characters)
 * @param nameEnglish      the English name
 * @param isActive         whether the article is active
 * @param netPrice         the price excluding VAT
 * @param grossPrice       the price including VAT
 * @param purchasePrice    the purchase price
 * @param currencyCode     the prices' currency (ISO 4217)
 * @param codingId         the article's account coding (from Visma's {@code /v2/articleaccountcodings})
 * @param codingName       that coding's name (read-only)
 * @param unitId           the article's unit (from Visma's {@code /v2/units})
 * @param unitName         that unit's name (read-only)
 * @param unitAbbreviation that unit's abbreviation (read-only)
 * @param isStock          whether the article is kept in stock
 * @param stockBalance     the stock balance
 * @param note             a free note
 * @param createdUtc       when the article was created (read-only)
 * @param changedUtc       when the article last changed (read-only)
 */
public record Article(
        @JsonbProperty("Id") UUID id,
        @JsonbProperty("Number") String number,
        @JsonbProperty("Name") String name,
        @JsonbProperty("NameEnglish") String nameEnglish,
        @JsonbProperty("IsActive") Boolean isActive,
        @JsonbProperty("NetPrice") BigDecimal netPrice,
        @JsonbProperty("GrossPrice") BigDecimal grossPrice,
        @JsonbProperty("PurchasePrice") BigDecimal purchasePrice,
        @JsonbProperty("CurrencyCode") String currencyCode,
        @JsonbProperty("CodingId") UUID codingId,
        @JsonbProperty("CodingName") String codingName,
        @JsonbProperty("UnitId") UUID unitId,
        @JsonbProperty("UnitName") String unitName,
        @JsonbProperty("UnitAbbreviation") String unitAbbreviation,
        @JsonbProperty("IsStock") Boolean isStock,
        @JsonbProperty("StockBalance") BigDecimal stockBalance,
        @JsonbProperty("Note") String note,
        @JsonbProperty("CreatedUtc") Instant createdUtc,
        @JsonbProperty("ChangedUtc") Instant changedUtc) {

    /**
     * A new active article to create.
     *
     * @param number   the article number (at most 40 characters)
     * @param name     the name (at most 50 characters)
     * @param codingId its account coding
     * @param unitId   its unit
     * @return a builder holding them
     */
    public static ArticleBuilder builder(String number, String name, UUID codingId, UUID unitId) {
        return new ArticleBuilder().number(number).name(name).codingId(codingId).unitId(unitId).isActive(true);
    }

    /** @return a builder holding every value of this Article, for a change */
    public ArticleBuilder toBuilder() {
        return new ArticleBuilder(this);
    }
}

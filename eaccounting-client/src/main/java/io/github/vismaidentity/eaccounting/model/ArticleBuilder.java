package io.github.vismaidentity.eaccounting.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Builds a {@link Article} to send: {@code Article.builder(...)} for a new one, {@code toBuilder()} for
 * a change. Each setter sets the component of the same name (see {@link Article}); what is left unset
 * is not sent. Read-only values (id, timestamps) are kept from the record a builder was made from.
 */
public final class ArticleBuilder {

    private UUID id;
    private String number;
    private String name;
    private String nameEnglish;
    private Boolean isActive;
    private BigDecimal netPrice;
    private BigDecimal grossPrice;
    private BigDecimal purchasePrice;
    private String currencyCode;
    private UUID codingId;
    private String codingName;
    private UUID unitId;
    private String unitName;
    private String unitAbbreviation;
    private Boolean isStock;
    private BigDecimal stockBalance;
    private String note;
    private Instant createdUtc;
    private Instant changedUtc;

    ArticleBuilder() {
    }

    ArticleBuilder(Article from) {
        id = from.id();
        number = from.number();
        name = from.name();
        nameEnglish = from.nameEnglish();
        isActive = from.isActive();
        netPrice = from.netPrice();
        grossPrice = from.grossPrice();
        purchasePrice = from.purchasePrice();
        currencyCode = from.currencyCode();
        codingId = from.codingId();
        codingName = from.codingName();
        unitId = from.unitId();
        unitName = from.unitName();
        unitAbbreviation = from.unitAbbreviation();
        isStock = from.isStock();
        stockBalance = from.stockBalance();
        note = from.note();
        createdUtc = from.createdUtc();
        changedUtc = from.changedUtc();
    }

    /** Sets {@code Number}; null sends none. */
    public ArticleBuilder number(String number) {
        this.number = number;
        return this;
    }

    /** Sets {@code Name}; null sends none. */
    public ArticleBuilder name(String name) {
        this.name = name;
        return this;
    }

    /** Sets {@code NameEnglish}; null sends none. */
    public ArticleBuilder nameEnglish(String nameEnglish) {
        this.nameEnglish = nameEnglish;
        return this;
    }

    /** Sets {@code IsActive}; null sends none. */
    public ArticleBuilder isActive(Boolean isActive) {
        this.isActive = isActive;
        return this;
    }

    /** Sets {@code NetPrice}; null sends none. */
    public ArticleBuilder netPrice(BigDecimal netPrice) {
        this.netPrice = netPrice;
        return this;
    }

    /** Sets {@code GrossPrice}; null sends none. */
    public ArticleBuilder grossPrice(BigDecimal grossPrice) {
        this.grossPrice = grossPrice;
        return this;
    }

    /** Sets {@code PurchasePrice}; null sends none. */
    public ArticleBuilder purchasePrice(BigDecimal purchasePrice) {
        this.purchasePrice = purchasePrice;
        return this;
    }

    /** Sets {@code CurrencyCode}; null sends none. */
    public ArticleBuilder currencyCode(String currencyCode) {
        this.currencyCode = currencyCode;
        return this;
    }

    /** Sets {@code CodingId}; null sends none. */
    public ArticleBuilder codingId(UUID codingId) {
        this.codingId = codingId;
        return this;
    }

    /** Sets {@code UnitId}; null sends none. */
    public ArticleBuilder unitId(UUID unitId) {
        this.unitId = unitId;
        return this;
    }

    /** Sets {@code IsStock}; null sends none. */
    public ArticleBuilder isStock(Boolean isStock) {
        this.isStock = isStock;
        return this;
    }

    /** Sets {@code StockBalance}; null sends none. */
    public ArticleBuilder stockBalance(BigDecimal stockBalance) {
        this.stockBalance = stockBalance;
        return this;
    }

    /** Sets {@code Note}; null sends none. */
    public ArticleBuilder note(String note) {
        this.note = note;
        return this;
    }

    /** @return the Article with the values set */
    public Article build() {
        return new Article(id, number, name, nameEnglish, isActive, netPrice, grossPrice, purchasePrice, currencyCode, codingId, codingName, unitId, unitName, unitAbbreviation, isStock, stockBalance, note, createdUtc, changedUtc);
    }
}

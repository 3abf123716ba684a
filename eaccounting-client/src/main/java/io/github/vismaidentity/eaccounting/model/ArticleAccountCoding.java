package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An article account coding (Visma's {@code ArticleAccountCodingApi}, from {@code /v2/articleaccountcodings}):
 * which VAT an article's sales carry and the accounts they book to. An article names one by id
 * ({@link Article#codingId()}).
 *
 * @param id                                     Visma's id (read-only)
 * @param name                                   the name
 * @param nameEnglish                            the English name
 * @param type                                   the coding's type, as Visma names it
 * @param vatRate                                the VAT rate's code
 * @param isActive                               whether the coding is active
 * @param vatRatePercent                         the VAT rate in percent, e.g. {@code 25}
 * @param domesticSalesSubjectToVatAccountNumber the account domestic sales subject to VAT book to
 * @param changedUtc                             when the coding last changed (read-only)
 */
public record ArticleAccountCoding(
        @JsonbProperty("Id") UUID id,
        @JsonbProperty("Name") String name,
        @JsonbProperty("NameEnglish") String nameEnglish,
        @JsonbProperty("Type") String type,
        @JsonbProperty("VatRate") String vatRate,
        @JsonbProperty("IsActive") Boolean isActive,
        @JsonbProperty("VatRatePercent") BigDecimal vatRatePercent,
        @JsonbProperty("DomesticSalesSubjectToVatAccountNumber") Long domesticSalesSubjectToVatAccountNumber,
        @JsonbProperty("ChangedUtc") Instant changedUtc) {
}

package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.util.UUID;

/**
 * A term of payment of the company (Visma's {@code TermsOfPaymentApi}, from
 * {@code GET /v2/termsofpayments}): a customer's or invoice's {@code TermsOfPaymentId} names one.
 *
 * @param id                   Visma's id
 * @param name                 the name in the company's language
 * @param nameEnglish          the English name
 * @param numberOfDays         days to pay
 * @param type                 how the days are counted
 * @param typeText             Visma's text for the type
 * @param availableForSales    whether sales documents may use it
 * @param availableForPurchase whether purchase documents may use it
 */
public record TermsOfPayment(
        @JsonbProperty("Id") UUID id,
        @JsonbProperty("Name") String name,
        @JsonbProperty("NameEnglish") String nameEnglish,
        @JsonbProperty("NumberOfDays") Integer numberOfDays,
        @JsonbProperty("TermsOfPaymentTypeId") TermsOfPaymentType type,
        @JsonbProperty("TermsOfPaymentTypeText") String typeText,
        @JsonbProperty("AvailableForSales") Boolean availableForSales,
        @JsonbProperty("AvailableForPurchase") Boolean availableForPurchase) {
}

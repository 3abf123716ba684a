package io.github.vismaidentity.emulator.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of creating an article ({@code ArticleApi}): {@code Number}, {@code Name}, {@code IsActive},
 * {@code CodingId} and {@code UnitId} required (the coding and unit must be the company's: take them from an
 * existing article), a number no other article has, prices between 0 and 99,000,000.
 */
final class Articles {

    private static final BigDecimal MAX_PRICE = new BigDecimal("99000000");

    private Articles() {
    }

    static Optional<Map<String, Object>> create(String companyId, Map<String, Object> body, Checks checks,
                                                Collection<Map<String, Object>> existing, String id, Instant now) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("Id", id);
        checks.requiredText(body, "", "Number", 40).ifPresent(number -> {
            checks.unique("Number", number, existing, "article");
            article.put("Number", number);
        });
        checks.requiredText(body, "", "Name", 50).ifPresent(name -> article.put("Name", name));
        checks.requiredBoolean(body, "", "IsActive").ifPresent(active -> article.put("IsActive", active));
        checks.text(body, "", "NameEnglish", 50).ifPresent(name -> article.put("NameEnglish", name));
        checks.text(body, "", "Note", 4000).ifPresent(note -> article.put("Note", note));
        checks.id(body, "", "CodingId", true).ifPresent(coding -> {
            if (Catalogue.coding(companyId, coding).isEmpty()) {
                checks.notFound("CodingId", coding, "article account coding (take one from an existing article)");
            }
            article.put("CodingId", coding);
        });
        checks.id(body, "", "UnitId", true).ifPresent(unit -> {
            if (Catalogue.unit(companyId, unit).isEmpty()) {
                checks.notFound("UnitId", unit, "unit (take one from an existing article)");
            }
            article.put("UnitId", unit);
        });
        for (String price : List.of("NetPrice", "PurchasePrice", "FreightCosts")) {
            checks.amount(body, "", price, BigDecimal.ZERO, MAX_PRICE).ifPresent(value -> article.put(price, value));
        }
        checks.bool(body, "", "SendToWebshop").ifPresent(send -> article.put("SendToWebshop", send));
        if (!checks.ok()) {
            return Optional.empty();
        }
        article.put("CreatedUtc", JsonValues.timestamp(now));
        article.put("ChangedUtc", JsonValues.timestamp(now));
        return Optional.of(Catalogue.completed(companyId, article));
    }
}

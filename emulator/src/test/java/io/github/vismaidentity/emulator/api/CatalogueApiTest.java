package io.github.vismaidentity.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** articleaccountcodings and units over real HTTP: what the seeded articles reference and new ones are made on. */
class CatalogueApiTest extends BooksApiTestBase {

    private static final String UNKNOWN = "0c9d8d0e-1b9f-4c4e-9d6a-6f2f2b0e1a11";

    private static List<Object> ids(List<Map<String, Object>> items) {
        return items.stream().map(item -> item.get("Id")).toList();
    }

    @Test
    void listsTheFourArticleAccountCodingsWithTheirVatAndGetsEachById() {
        String token = demo(SALES_READONLY);
        Map<String, Object> page = ok(get("articleaccountcodings", token));
        List<Map<String, Object>> codings = data(page);

        assertThat(meta(page, "TotalNumberOfResults")).isEqualTo(4);
        assertThat(codings).extracting(coding -> coding.get("Name"))
                .containsExactly("Varor 25% moms", "Tjänster 25% moms", "Varor 12% moms", "Varor 6% moms");
        assertThat(codings.get(2)).containsEntry("VatRate", "11").containsEntry("Type", "Goods")
                .containsEntry("IsActive", true);
        assertThat(((Number) codings.get(2).get("DomesticSalesSubjectToVatAccountNumber")).longValue()).isEqualTo(3002);
        assertThat(new BigDecimal(codings.get(2).get("VatRatePercent").toString())).isEqualByComparingTo("12");
        assertThat(codings).allSatisfy(coding -> {
            assertThat(BookSchemas.CODING).containsAll(coding.keySet());
            assertThat(ok(get("articleaccountcodings/" + coding.get("Id"), token))).isEqualTo(coding);
        });
        assertThat(data(ok(get("articleaccountcodings?vatRateDate=2026-01-01", token)))).isEqualTo(codings);
    }

    @Test
    void listsTheThreeUnitsAndGetsEachById() {
        String token = demo(SALES_READONLY);
        Map<String, Object> page = ok(get("units?$pagesize=2", token));

        assertThat(meta(page, "TotalNumberOfResults")).isEqualTo(3);
        assertThat(meta(page, "TotalNumberOfPages")).isEqualTo(2);
        List<Map<String, Object>> units = data(ok(get("units", token)));
        assertThat(units).extracting(unit -> unit.get("Abbreviation")).containsExactly("st", "h", "mån");
        assertThat(units.get(1)).containsEntry("Name", "Timme").containsEntry("Code", "HUR");
        assertThat(units).allSatisfy(unit -> {
            assertThat(BookSchemas.UNIT).containsAll(unit.keySet());
            assertThat(ok(get("units/" + unit.get("Id"), token))).isEqualTo(unit);
        });
    }

    @Test
    void answersNotFoundForAnUnknownCodingOrUnit() {
        String token = demo(SALES);

        assertNotFound(get("articleaccountcodings/" + UNKNOWN, token));
        assertNotFound(get("units/" + UNKNOWN, token));
    }

    @Test
    void everySeededArticlesCodingAndUnitIsListed() {
        String token = demo(SALES);
        List<Map<String, Object>> articles = data(ok(get("articles", token)));

        assertThat(ids(data(ok(get("articleaccountcodings", token)))))
                .containsAll(articles.stream().map(article -> article.get("CodingId")).toList());
        assertThat(ids(data(ok(get("units", token)))))
                .containsAll(articles.stream().map(article -> article.get("UnitId")).toList());
    }

    @Test
    void codingsAndUnitsNeedASalesScope() {
        String token = demo(PURCHASE);

        for (String path : List.of("articleaccountcodings", "articleaccountcodings/" + UNKNOWN, "units",
                "units/" + UNKNOWN)) {
            assertMissingScope(get(path, token), "ea:sales_readonly");
        }
    }
}

package io.github.vismaidentity.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** fiscalyears, accounts, vatcodes and vouchers over real HTTP. */
class AccountingApiTest extends BooksApiTestBase {

    private static final String UNKNOWN = "0c9d8d0e-1b9f-4c4e-9d6a-6f2f2b0e1a11";

    private static List<Map<String, Object>> balancedRows() {
        return List.of(object("AccountNumber", 6110, "DebitAmount", 80, "TransactionText", "Pennor"),
                object("AccountNumber", 2640, "DebitAmount", 20),
                object("AccountNumber", 1930, "CreditAmount", 100));
    }

    @Test
    void listsThreeFiscalYearsTheOldestLockedAndGetsEachById() {
        String token = demo(ALL);
        Map<String, Object> page = ok(get("fiscalyears", token));

        assertThat(meta(page, "TotalNumberOfResults")).isEqualTo(3);
        assertThat(data(page)).extracting(year -> year.get("IsLockedForAccounting")).containsExactly(true, false, false);
        for (Map<String, Object> year : data(page)) {
            assertThat(ok(get("fiscalyears/" + year.get("Id"), token))).isEqualTo(year);
        }
        assertThat(data(ok(get("fiscalyears?$filter=" + encode("StartDate ge " + startOf(data(page).get(1))), token))))
                .hasSize(2);
        assertNotFound(get("fiscalyears/" + UNKNOWN, token));
    }

    @Test
    void listsTheCurrentYearsChartAndFiltersItByNumberAndActivity() {
        String token = demo(ALL);
        Map<String, Object> page = ok(get("accounts?$pagesize=1000", token));
        String currentYear = (String) data(ok(get("fiscalyears?$orderby=StartDate%20desc", token))).get(0).get("Id");

        assertThat(meta(page, "TotalNumberOfResults")).isEqualTo(Chart.ACCOUNTS.size());
        assertThat(data(page)).allSatisfy(account -> assertThat(account.get("FiscalYearId")).isEqualTo(currentYear));
        assertThat(data(ok(get("accounts?$filter=" + encode("Number eq '1930'"), token))))
                .singleElement().satisfies(account -> assertThat(account.get("Name")).isEqualTo("Företagskonto"));
        assertThat(data(ok(get("accounts?$filter=" + encode("IsActive eq false"), token))))
                .extracting(account -> account.get("Number")).containsExactly("1910");
    }

    @Test
    void listsVatCodesWithTheirRatesAndGetsOneById() {
        String token = demo(ALL);
        List<Map<String, Object>> codes = data(ok(get("vatcodes", token)));
        Map<String, Object> high = data(ok(get("vatcodes?$filter=" + encode("Code eq '10'"), token))).get(0);

        assertThat(codes).hasSize(Chart.VAT_CODES.size());
        assertThat(((Number) high.get("VatRate")).intValue()).isEqualTo(25);
        assertThat(ok(get("vatcodes/" + high.get("Id"), token))).isEqualTo(high);
        assertNotFound(get("vatcodes/" + UNKNOWN, token));
    }

    @Test
    void pagesTheVouchersAndGetsOneByItsFiscalYearOnly() {
        String token = demo(ALL);
        Map<String, Object> first = ok(get("vouchers?$pagesize=5&$orderby=VoucherDate", token));
        long total = meta(first, "TotalNumberOfResults");
        List<Map<String, Object>> years = data(ok(get("fiscalyears?$orderby=StartDate", token)));
        Map<String, Object> voucher = data(first).get(0);
        String yearOfVoucher = (String) years.get(1).get("Id");

        assertThat(total).isGreaterThanOrEqualTo(12);
        assertThat(meta(first, "TotalNumberOfPages")).isEqualTo((total + 4) / 5);
        assertThat(data(first)).hasSize(5);
        assertThat(ok(get("vouchers/" + yearOfVoucher + "/" + voucher.get("Id"), token))).isEqualTo(voucher);
        assertNotFound(get("vouchers/" + years.get(2).get("Id") + "/" + voucher.get("Id"), token));
        assertNotFound(get("vouchers/" + UNKNOWN + "/" + voucher.get("Id"), token));
    }

    @Test
    void createsABalancedVoucherNumberedInItsSeriesThenListedAndFound() {
        String token = demo(ALL);
        long before = meta(ok(get("vouchers", token)), "TotalNumberOfResults");

        Map<String, Object> voucher = created(post("vouchers", object("VoucherText", "Kontorsmaterial",
                "Rows", balancedRows()), token));

        assertThat((String) voucher.get("NumberAndNumberSeries")).startsWith("A");
        assertThat(voucher.get("Rows")).asList().hasSize(3);
        assertThat(meta(ok(get("vouchers", token)), "TotalNumberOfResults")).isEqualTo(before + 1);
        String year = (String) data(ok(get("fiscalyears?$orderby=StartDate%20desc", token))).get(0).get("Id");
        assertThat(ok(get("vouchers/" + year + "/" + voucher.get("Id"), token))).isEqualTo(voucher);
    }

    static Stream<Arguments> refusedVouchers() {
        return Stream.of(
                Arguments.of(object("Rows", balancedRows()), "VoucherText", "Required"),
                Arguments.of(object("VoucherText", "x", "Rows", List.of(object("AccountNumber", 6110, "DebitAmount", 100),
                        object("AccountNumber", 1930, "CreditAmount", 99.99))), "Rows", "InvalidValue"),
                Arguments.of(object("VoucherText", "x", "Rows", List.of(object("AccountNumber", 9998, "DebitAmount", 100),
                        object("AccountNumber", 1930, "CreditAmount", 100))), "Rows[0].AccountNumber", "NotFound"),
                Arguments.of(object("VoucherText", "x", "VoucherDate", "1999-12-31", "Rows", balancedRows()),
                        "VoucherDate", "InvalidValue"),
                Arguments.of(object("VoucherText", "x", "Rows", List.of(object("AccountNumber", 6110, "DebitAmount", 100,
                        "ProjectId", UNKNOWN), object("AccountNumber", 1930, "CreditAmount", 100))),
                        "Rows[0].ProjectId", "NotFound"));
    }

    @ParameterizedTest
    @MethodSource("refusedVouchers")
    void refusesAVoucherThatBreaksARuleNamingTheField(Map<String, Object> voucher, String field, String code) {
        assertFieldError(post("vouchers", voucher, demo(ALL)), field, code);
    }

    @Test
    void refusesAVoucherDatedInTheLockedYear() {
        String token = demo(ALL);
        Map<String, Object> locked = data(ok(get("fiscalyears?$filter=" + encode("StartDate le 2999-01-01")
                + "&$orderby=StartDate", token))).get(0);

        assertFieldError(post("vouchers", object("VoucherText", "x", "VoucherDate", startOf(locked),
                "Rows", balancedRows()), token), "VoucherDate", "InvalidValue");
    }

    @ParameterizedTest
    @ValueSource(strings = {"accounts", "vatcodes", "vouchers"})
    void refusesTheAccountingReadsWithoutAnAccountingScope(String path) {
        assertMissingScope(get(path, demo(SALES)), "ea:accounting_readonly");
    }

    @Test
    void readsFiscalYearsWithASalesScopeButCreatesNoVoucherWithReadOnlyScopes() {
        assertThat(data(ok(get("fiscalyears", demo(SALES))))).hasSize(3);

        assertMissingScope(post("vouchers", object("VoucherText", "x", "Rows", balancedRows()), demo(READ_ONLY)),
                "ea:accounting");
    }

    @Test
    void theRateLimitCountsVoucherReadsPerPathTemplateNotPerVoucher() {
        String token = demo(ALL);
        List<Map<String, Object>> vouchers = data(ok(get("vouchers?$pagesize=4", token)));
        String year = (String) data(ok(get("fiscalyears?$orderby=StartDate", token))).get(1).get("Id");
        emulator.control().rateLimitPerMinute(3);
        for (Map<String, Object> voucher : vouchers.subList(0, 3)) {
            ok(get("vouchers/" + year + "/" + voucher.get("Id"), token));
        }

        Map<String, Object> limited = body(get("vouchers/" + year + "/" + vouchers.get(3).get("Id"), token), 429);

        assertThat(((Number) limited.get("ErrorCode")).intValue()).isEqualTo(4010);
        assertThat((String) limited.get("DeveloperErrorMessage")).containsPattern("Try again in \\d+ seconds");
        assertThat(data(ok(get("vouchers", token)))).as("another path template").isNotEmpty();
    }

    static String startOf(Map<String, Object> year) {
        return ((String) year.get("StartDate")).substring(0, 10);
    }

    static String encode(String value) {
        return io.github.vismaidentity.emulator.support.Browserless.encode(value).replace("+", "%20");
    }
}

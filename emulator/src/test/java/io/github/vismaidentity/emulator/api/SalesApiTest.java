package io.github.vismaidentity.emulator.api;

import static io.github.vismaidentity.emulator.api.AccountingApiTest.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** articles, projects, customerinvoicedrafts and customerinvoices over real HTTP. */
class SalesApiTest extends BooksApiTestBase {

    private static final String UNKNOWN = "0c9d8d0e-1b9f-4c4e-9d6a-6f2f2b0e1a11";

    private Map<String, Object> article(String token, String number) {
        return data(ok(get("articles?$filter=" + encode("Number eq '" + number + "'"), token))).get(0);
    }

    private String customer(String token) {
        return (String) data(ok(get("customers?$pagesize=1", token))).get(0).get("Id");
    }

    private Map<String, Object> invoiceBody(String token) {
        return object("CustomerId", customer(token), "EuThirdParty", false, "RotReducedInvoicingType", 0,
                "YourReference", "Anna", "Rows", List.of(
                        object("ArticleId", article(token, "100").get("Id"), "Quantity", 2),
                        object("ArticleId", article(token, "300").get("Id"), "Quantity", 10, "UnitPrice", 90.5),
                        object("Text", "Tack för beställningen!")));
    }

    @Test
    void listsArticlesGetsOneAndCreatesOneOnAnExistingCodingAndUnit() {
        String token = demo(ALL);
        Map<String, Object> page = ok(get("articles", token));
        Map<String, Object> consulting = article(token, "100");

        assertThat(meta(page, "TotalNumberOfResults")).isEqualTo(10);
        assertThat(data(ok(get("articles?$filter=" + encode("IsActive eq true"), token)))).hasSize(9);
        assertThat(ok(get("articles/" + consulting.get("Id"), token))).isEqualTo(consulting);
        assertNotFound(get("articles/" + UNKNOWN, token));

        Map<String, Object> created = created(post("articles", object("Number", "150", "Name", "Utbildningstimme",
                "IsActive", true, "NetPrice", 1200, "CodingId", consulting.get("CodingId"),
                "UnitId", consulting.get("UnitId")), token));

        assertThat(new BigDecimal(created.get("GrossPrice").toString())).isEqualByComparingTo("1500.00");
        assertThat(created.get("UnitAbbreviation")).isEqualTo("h");
        assertThat(ok(get("articles/" + created.get("Id"), token))).isEqualTo(created);
    }

    @Test
    void refusesAnArticleWithoutItsRequiredFieldsOrOnAnUnknownCodingOrATakenNumber() {
        String token = demo(ALL);
        Map<String, Object> consulting = article(token, "100");

        for (String field : List.of("Number", "Name", "IsActive", "CodingId", "UnitId")) {
            assertFieldError(post("articles", object(), token), field, "Required");
        }
        assertFieldError(post("articles", object("Number", "151", "Name", "X", "IsActive", true, "CodingId", UNKNOWN,
                "UnitId", consulting.get("UnitId")), token), "CodingId", "NotFound");
        assertFieldError(post("articles", object("Number", "100", "Name", "X", "IsActive", true,
                "CodingId", consulting.get("CodingId"), "UnitId", consulting.get("UnitId")), token),
                "Number", "InvalidValue");
        assertFieldError(post("articles", object("Number", "152", "Name", "X", "IsActive", true, "NetPrice", -1,
                "CodingId", consulting.get("CodingId"), "UnitId", consulting.get("UnitId")), token),
                "NetPrice", "InvalidValue");
    }

    @Test
    void listsProjectsWithAnyAreaScopeAndCreatesOneWithTheAccountingScope() {
        String token = demo(ALL);
        Map<String, Object> first = data(ok(get("projects", demo(PURCHASE)))).get(0);
        assertThat(ok(get("projects/" + first.get("Id"), token))).isEqualTo(first);
        assertNotFound(get("projects/" + UNKNOWN, token));

        Map<String, Object> project = created(post("projects", object("Number", "6", "Name", "Ny kundportal",
                "Status", 1, "CustomerId", customer(token)), token));

        assertThat(project.get("CustomerName")).isNotNull();
        assertThat(data(ok(get("projects?$orderby=" + encode("Number desc"), token))).get(0)).isEqualTo(project);
        assertMissingScope(post("projects", object("Number", "7", "Name", "X", "Status", 1), demo(SALES)),
                "ea:accounting");
    }

    @Test
    void refusesAProjectWithAnUnknownStatusCustomerOrTooLongNumber() {
        String token = demo(ALL);

        assertFieldError(post("projects", object("Number", "8", "Name", "X", "Status", 3), token), "Status",
                "InvalidValue");
        assertFieldError(post("projects", object("Number", "1234567890", "Name", "X", "Status", 1), token), "Number",
                "MaxLength");
        assertFieldError(post("projects", object("Number", "9", "Name", "X", "Status", 1, "CustomerId", UNKNOWN),
                token), "CustomerId", "NotFound");
        assertFieldError(post("projects", object("Number", "1", "Name", "X", "Status", 1), token), "Number",
                "InvalidValue");
    }

    @Test
    void pagesThreeHundredSeededInvoicesAndFiltersThemByDateAndCustomer() {
        String token = demo(ALL);
        Map<String, Object> third = ok(get("customerinvoices?$pagesize=100&$page=3", token));
        Map<String, Object> last = data(ok(get("customerinvoices?$orderby=" + encode("InvoiceNumber desc")
                + "&$pagesize=1", token))).get(0);
        String lastDate = ((String) last.get("InvoiceDate")).substring(0, 10);

        assertThat(meta(third, "TotalNumberOfResults")).isEqualTo(300);
        assertThat(meta(third, "TotalNumberOfPages")).isEqualTo(3);
        assertThat(data(third)).hasSize(100);
        assertThat(last.get("InvoiceNumber")).isEqualTo(300L);
        assertThat(data(ok(get("customerinvoices?$filter=" + encode("InvoiceDate ge " + lastDate), token))))
                .isNotEmpty().allSatisfy(invoice -> assertThat((String) invoice.get("InvoiceDate"))
                        .isGreaterThanOrEqualTo(lastDate));
        assertThat(data(ok(get("customerinvoices?$filter=" + encode("CustomerId eq " + last.get("CustomerId")),
                token)))).allSatisfy(invoice -> assertThat(invoice.get("CustomerId")).isEqualTo(last.get("CustomerId")));
        assertThat(ok(get("customerinvoices/" + last.get("Id"), token))).isEqualTo(last);
        assertNotFound(get("customerinvoices/" + UNKNOWN, token));
    }

    @Test
    void createsAnInvoiceWithTheNextNumberPricedFromItsArticlesThenListsIt() {
        String token = demo(ALL);

        Map<String, Object> invoice = created(post("customerinvoices", invoiceBody(token), token));

        // 2 x 950.00 at 25% and 10 x 90.50 at 12%: 1900.00 + 475.00 + 905.00 + 108.60
        assertThat(invoice.get("InvoiceNumber")).isEqualTo(301L);
        assertThat(new BigDecimal(invoice.get("TotalAmount").toString())).isEqualByComparingTo("3388.60");
        assertThat(new BigDecimal(invoice.get("TotalVatAmount").toString())).isEqualByComparingTo("583.60");
        assertThat((List<?>) invoice.get("VatSpecification")).hasSize(2);
        assertThat((List<?>) invoice.get("Rows")).hasSize(3);
        assertThat(meta(ok(get("customerinvoices", token)), "TotalNumberOfResults")).isEqualTo(301);
        assertThat(ok(get("customerinvoices/" + invoice.get("Id"), token))).isEqualTo(invoice);
    }

    @Test
    void refusesAnInvoiceWithoutItsRequiredFieldsOrForUnknownCustomersAndArticles() {
        String token = demo(ALL);
        for (String field : List.of("CustomerId", "EuThirdParty", "RotReducedInvoicingType", "Rows")) {
            assertFieldError(post("customerinvoices", object(), token), field, "Required");
        }
        Map<String, Object> unknownCustomer = invoiceBody(token);
        unknownCustomer.put("CustomerId", UNKNOWN);
        assertFieldError(post("customerinvoices", unknownCustomer, token), "CustomerId", "NotFound");
        Map<String, Object> unknownArticle = invoiceBody(token);
        unknownArticle.put("Rows", List.of(object("ArticleId", UNKNOWN)));
        assertFieldError(post("customerinvoices", unknownArticle, token), "Rows[0].ArticleId", "NotFound");
        Map<String, Object> rot = invoiceBody(token);
        rot.put("RotReducedInvoicingType", 1);
        assertFieldError(post("customerinvoices", rot, token), "Persons", "Required");
    }

    @Test
    void convertsADraftIntoTheNextInvoiceAndTheDraftIsGone() {
        String token = demo(ALL);
        Map<String, Object> draftBody = invoiceBody(token);
        draftBody.put("Rows", List.of(object("IsTextRow", false, "ReversedConstructionServicesVatFree", false,
                "ArticleId", article(token, "200").get("Id"), "Quantity", 1)));
        Map<String, Object> draft = created(post("customerinvoicedrafts", draftBody, token));
        assertThat(meta(ok(get("customerinvoicedrafts", token)), "TotalNumberOfResults")).isEqualTo(6);
        assertThat(ok(get("customerinvoicedrafts/" + draft.get("Id"), token))).isEqualTo(draft);

        Map<String, Object> invoice = created(post("customerinvoicedrafts/" + draft.get("Id") + "/convert", object(),
                token));

        assertThat(invoice.get("InvoiceNumber")).isEqualTo(301L);
        assertThat(invoice.get("CreatedFromDraftId")).isEqualTo(draft.get("Id"));
        assertThat(invoice.get("TotalAmount")).isEqualTo(draft.get("TotalAmount"));
        assertNotFound(get("customerinvoicedrafts/" + draft.get("Id"), token));
        assertNotFound(post("customerinvoicedrafts/" + draft.get("Id") + "/convert", object(), token));
        assertThat(ok(get("customerinvoices/" + invoice.get("Id"), token))).isEqualTo(invoice);
    }

    @Test
    void refusesADraftRowThatDoesNotSayWhetherItIsText() {
        String token = demo(ALL);
        Map<String, Object> draftBody = invoiceBody(token);

        assertFieldError(post("customerinvoicedrafts", draftBody, token), "Rows[0].IsTextRow", "Required");
        assertFieldError(post("customerinvoicedrafts", draftBody, token),
                "Rows[0].ReversedConstructionServicesVatFree", "Required");
    }

    @Test
    void salesReadsNeedASalesScopeAndDraftsAWritableOne() {
        assertMissingScope(get("customerinvoices", demo(PURCHASE)), "ea:sales_readonly");
        assertMissingScope(get("articles", demo(PURCHASE)), "ea:sales_readonly");
        String readOnly = demo(SALES_READONLY);
        assertMissingScope(post("customerinvoicedrafts", object(), readOnly), "ea:sales");
        assertMissingScope(post("articles", object(), readOnly), "ea:sales");
    }

    @Test
    void createsAnInvoiceWithTheReadOnlySalesScopeAsVismasDescriptionLists() {
        String token = demo(SALES_READONLY);

        assertThat(created(post("customerinvoices", invoiceBody(token), token)).get("InvoiceNumber")).isEqualTo(301L);
    }
}

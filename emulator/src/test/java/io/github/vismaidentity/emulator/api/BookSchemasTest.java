package io.github.vismaidentity.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vismaidentity.emulator.directory.Company;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every property the emulator writes for the bookkeeping resources, rows and nested objects included, is one
 * of the description's schema (its spelling, PascalCase): a misspelt name would pass unnoticed by a lenient
 * client and then be missing against Visma.
 */
class BookSchemasTest {

    /** {@code CustomerInvoiceRowApi}. */
    static final Set<String> INVOICE_ROW = Set.of(
            "Id", "ArticleNumber", "ArticleId", "IsServiceArticle", "AmountNoVat", "PercentVat", "VatRate",
            "LineNumber", "IsTextRow", "Text", "UnitPrice", "UnitAbbreviation", "UnitAbbreviationEnglish",
            "IsDiscountInFixedAmount", "DiscountFixedAmount", "DiscountPercentage", "Quantity", "IsWorkCost",
            "IsVatFree", "CostCenterItemId1", "CostCenterItemId2", "CostCenterItemId3", "UnitId", "ProjectId",
            "WorkCostType", "WorkHours", "MaterialCosts", "GreenTechnologyType", "ContributionMargin",
            "PurchasePrice", "FreightCosts", "Amount");

    /** {@code CustomerInvoiceDraftRowApi}. */
    static final Set<String> DRAFT_ROW = Set.of(
            "Id", "LineNumber", "ArticleId", "IsServiceArticle", "UnitId", "ArticleNumber", "IsTextRow", "Text",
            "UnitPrice", "IsDiscountInFixedAmount", "DiscountFixedAmount", "DiscountPercentage", "Quantity",
            "WorkCostType", "IsWorkCost", "WorkHours", "MaterialCosts", "ReversedConstructionServicesVatFree",
            "CostCenterItemId1", "CostCenterItemId2", "CostCenterItemId3", "UnitAbbreviation",
            "UnitAbbreviationEnglish", "VatRateId", "VatRate", "UnitName", "ProjectId", "GreenTechnologyType",
            "ContributionMargin", "PurchasePrice", "Amount", "FreightCosts");

    /** {@code VoucherRowApi}. */
    static final Set<String> VOUCHER_ROW = Set.of(
            "AccountNumber", "AccountDescription", "DebitAmount", "CreditAmount", "TransactionText",
            "CostCenterItemId1", "CostCenterItemId2", "CostCenterItemId3", "VatCodeId", "VatCodeAndPercent",
            "VatAmount", "Quantity", "Weight", "DeliveryDate", "HarvestYear", "ProjectId");

    /** {@code SupplierInvoiceRowApi}. */
    static final Set<String> SUPPLIER_INVOICE_ROW = Set.of(
            "Id", "AccountNumber", "AccountName", "VatCodeId", "VatAmount", "ProportionalVatRateValue",
            "CostCenterItemId1", "CostCenterItemId2", "CostCenterItemId3", "Quantity", "Weight", "DeliveryDate",
            "HarvestYear", "DebetAmount", "CreditAmount", "LineNumber", "ProjectId", "TransactionText");

    /** {@code CustomerInvoiceVatApi}. */
    static final Set<String> VAT_SPECIFICATION = Set.of(
            "AmountInvoiceCurrency", "VatAmountInvoiceCurrency", "VatPercent");

    /** {@code AttachmentLinkApi}. */
    static final Set<String> ATTACHMENT_LINK = Set.of(
            "DocumentId", "DocumentType", "AttachmentIds");

    /** {@code RelatedAccounts}. */
    static final Set<String> RELATED_ACCOUNTS = Set.of(
            "AccountNumber1", "AccountNumber2", "AccountNumber3");

    private static final Company COMPANY = Company.named("Schema AB", "SE", 20);

    private static Books books() {
        List<Map<String, Object>> customers = CustomerSeed.customers(COMPANY, TermsOfPayments.id(COMPANY, 0));
        Records records = new Records(customers);
        return new Books(COMPANY, "SEK", LocalDate.of(2026, 6, 15), customers, records::get, id -> Optional.of(30),
                TermsOfPayments.id(COMPANY, 0));
    }

    private static void assertNames(List<Map<String, Object>> items, Set<String> schema, String rowsField,
                                    Set<String> rowSchema) {
        assertThat(items).isNotEmpty().allSatisfy(item -> {
            assertThat(schema).containsAll(item.keySet());
            if (rowsField != null) {
                assertThat((List<?>) item.get(rowsField)).isNotEmpty().allSatisfy(row ->
                        assertThat(rowSchema).containsAll(((Map<?, ?>) row).keySet().stream()
                                .map(String::valueOf).toList()));
            }
        });
    }

    @Test
    void theSalesDocumentsAndTheirRowsUseOnlyTheirSchemasNames() {
        Books books = books();
        assertNames(books.invoices.all(), BookSchemas.INVOICE, "Rows", INVOICE_ROW);
        assertNames(books.invoices.all(), BookSchemas.INVOICE, "VatSpecification", VAT_SPECIFICATION);
        assertNames(books.drafts.all(), BookSchemas.DRAFT, "Rows", DRAFT_ROW);
        assertNames(books.articles.all(), BookSchemas.ARTICLE, null, null);
        assertNames(books.projects.all(), BookSchemas.PROJECT, null, null);
    }

    @Test
    void theArticleAccountCodingsAndUnitsUseOnlyTheirSchemasNames() {
        Books books = books();
        assertNames(books.codings(), BookSchemas.CODING, null, null);
        assertNames(books.units(), BookSchemas.UNIT, null, null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePurchaseAndAccountingResourcesUseOnlyTheirSchemasNames() throws Exception {
        Books books = books();
        books.upload(Map.of("ContentType", "image/png", "FileName", "kvitto.png", "Data", "iVBORw0KGgo="), "Demo User",
                Instant.parse("2026-06-15T10:00:00Z"));
        assertNames(books.suppliers.all(), BookSchemas.SUPPLIER, null, null);
        assertNames(books.supplierInvoices.all(), BookSchemas.SUPPLIER_INVOICE, "Rows", SUPPLIER_INVOICE_ROW);
        assertNames(books.voucherList.all(), BookSchemas.VOUCHER, "Rows", VOUCHER_ROW);
        assertThat(books.voucherList.all()).allSatisfy(voucher ->
                assertThat(ATTACHMENT_LINK).containsAll(((Map<String, Object>) voucher.get("Attachments")).keySet()));
        assertNames(books.accounts(), BookSchemas.ACCOUNT, null, null);
        assertNames(books.vatCodes(), BookSchemas.VAT_CODE, null, null);
        assertThat(books.vatCodes()).allSatisfy(vat ->
                assertThat(RELATED_ACCOUNTS).containsAll(((Map<String, Object>) vat.get("RelatedAccounts")).keySet()));
        assertNames(books.calendar().years().stream().map(FiscalCalendar.FiscalYear::json).toList(),
                BookSchemas.FISCAL_YEAR, null, null);
        assertNames(books.attachments.all(), BookSchemas.ATTACHMENT, null, null);
    }
}

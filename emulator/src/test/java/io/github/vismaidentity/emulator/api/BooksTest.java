package io.github.vismaidentity.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vismaidentity.emulator.directory.Company;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The seeded books of a company and the rules of each create, without HTTP. */
class BooksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    private static final String TERMS = "6a2b8f0e-0000-4000-8000-000000000030";
    private static final Company COMPANY = Company.named("Books AB", "SE", 137);

    private static List<Map<String, Object>> customers(int count) {
        List<Map<String, Object>> customers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Map<String, Object> customer = new LinkedHashMap<>();
            customer.put("Id", JsonValues.stableId(COMPANY.id(), "customer", i));
            customer.put("CustomerNumber", String.valueOf(1000 + i));
            customer.put("Name", "Kund " + i + " AB");
            customer.put("InvoiceCity", "Växjö");
            customer.put("InvoicePostalCode", "352 30");
            customer.put("TermsOfPaymentId", TERMS);
            customers.add(customer);
        }
        return customers;
    }

    private static Books books(int customerCount) {
        List<Map<String, Object>> customers = customers(customerCount);
        return new Books(COMPANY, "SEK", TODAY, customers,
                id -> customers.stream().filter(customer -> customer.get("Id").equals(id)).findFirst(),
                id -> id.equals(TERMS) ? Optional.of(30) : Optional.empty(), TERMS);
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    private static List<FieldError> problems(ThrowableAssert.ThrowingCallable create) {
        try {
            create.call();
        } catch (ApiError rejected) {
            assertThat(rejected.status()).isEqualTo(400);
            return rejected.errors();
        } catch (Throwable other) {
            throw new AssertionError(other);
        }
        throw new AssertionError("the create was accepted");
    }

    @Test
    void seedsThreeHundredInvoicesNumberedByDateAcrossTheCustomers() {
        List<Map<String, Object>> invoices = books(137).invoices.all();

        assertThat(invoices).hasSize(SalesSeed.MAX_INVOICES);
        assertThat(invoices).extracting(invoice -> invoice.get("InvoiceNumber"))
                .containsExactlyElementsOf(Stream.iterate(1, n -> n + 1).limit(300).map(n -> (Object) n).toList());
        assertThat(invoices).extracting(invoice -> JsonValues.readDate(invoice.get("InvoiceDate"))).isSorted()
                .allSatisfy(date -> assertThat(date).isBetween(LocalDate.of(2025, 1, 1), TODAY));
        assertThat(invoices.stream().map(invoice -> invoice.get("CustomerId")).distinct().count()).isGreaterThan(80);
        assertThat(invoices).extracting(invoice -> invoice.get("PaymentStatus")).contains(0, 1, 2);
    }

    @Test
    void aCompanyWithFewCustomersGetsThreeInvoicesPerCustomerAndOneWithoutCustomersNone() {
        assertThat(books(3).invoices.all()).hasSize(9);
        assertThat(books(0).invoices.all()).isEmpty();
        assertThat(books(0).drafts.all()).isEmpty();
    }

    @Test
    void theSameCompanyOnTheSameDayIsSeededTheSame() {
        assertThat(books(137).invoices.all()).isEqualTo(books(137).invoices.all());
        assertThat(books(137).voucherList.all()).isEqualTo(books(137).voucherList.all());
        assertThat(books(137).supplierInvoices.all()).isEqualTo(books(137).supplierInvoices.all());
    }

    @Test
    void aSeededInvoicesTotalIsItsRowsPlusVatAtEachArticlesRate() {
        for (Map<String, Object> invoice : books(137).invoices.all()) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) invoice.get("Rows");
            BigDecimal net = rows.stream().map(row -> (BigDecimal) row.get("AmountNoVat"))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal vat = rows.stream().map(row -> InvoiceMath.vat((BigDecimal) row.get("AmountNoVat"),
                    ((BigDecimal) row.get("PercentVat")).movePointRight(2))).reduce(BigDecimal.ZERO, BigDecimal::add);

            assertThat((BigDecimal) invoice.get("TotalAmount")).isEqualByComparingTo(net.add(vat));
            assertThat(((BigDecimal) invoice.get("TotalAmount")).scale()).isEqualTo(2);
        }
    }

    @Test
    void seededVouchersAndSupplierInvoicesBalance() {
        Books books = books(137);
        assertThat(books.voucherList.all()).hasSize(17).allSatisfy(voucher ->
                assertThat(sum(voucher, "DebitAmount")).isEqualByComparingTo(sum(voucher, "CreditAmount")));
        assertThat(books.supplierInvoices.all()).hasSize(21).allSatisfy(invoice ->
                assertThat(sum(invoice, "DebetAmount")).isEqualByComparingTo(sum(invoice, "CreditAmount"))
                        .isEqualByComparingTo((BigDecimal) invoice.get("TotalAmount")));
    }

    private static BigDecimal sum(Map<String, Object> document, String field) {
        return ((List<?>) document.get("Rows")).stream().map(row -> (BigDecimal) ((Map<?, ?>) row).get(field))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static Stream<Arguments> refusedVouchers() {
        List<Map<String, Object>> balanced = List.of(body("AccountNumber", 6110, "DebitAmount", 100),
                body("AccountNumber", 1930, "CreditAmount", 100));
        return Stream.of(
                Arguments.of("no text", body("Rows", balanced), "VoucherText", Checks.REQUIRED),
                Arguments.of("no rows", body("VoucherText", "x"), "Rows", Checks.REQUIRED),
                Arguments.of("unbalanced", body("VoucherText", "x", "Rows", List.of(
                        body("AccountNumber", 6110, "DebitAmount", 100),
                        body("AccountNumber", 1930, "CreditAmount", 90))), "Rows", Checks.INVALID_VALUE),
                Arguments.of("unknown account", body("VoucherText", "x", "Rows", List.of(
                        body("AccountNumber", 6111, "DebitAmount", 100),
                        body("AccountNumber", 1930, "CreditAmount", 100))), "Rows[0].AccountNumber", Checks.NOT_FOUND),
                Arguments.of("inactive account", body("VoucherText", "x", "Rows", List.of(
                        body("AccountNumber", 1910, "DebitAmount", 100),
                        body("AccountNumber", 1930, "CreditAmount", 100))), "Rows[0].AccountNumber",
                        Checks.INVALID_VALUE),
                Arguments.of("three decimals", body("VoucherText", "x", "Rows", List.of(
                        body("AccountNumber", 6110, "DebitAmount", 100.005),
                        body("AccountNumber", 1930, "CreditAmount", 100.005))), "Rows[0].DebitAmount",
                        Checks.INVALID_VALUE),
                Arguments.of("debit and credit on a row", body("VoucherText", "x", "Rows", List.of(
                        body("AccountNumber", 6110, "DebitAmount", 100, "CreditAmount", 100))),
                        "Rows[0].DebitAmount", Checks.INVALID_VALUE),
                Arguments.of("locked year", body("VoucherText", "x", "VoucherDate", "2024-03-01", "Rows", balanced),
                        "VoucherDate", Checks.INVALID_VALUE),
                Arguments.of("no fiscal year", body("VoucherText", "x", "VoucherDate", "2027-01-02", "Rows", balanced),
                        "VoucherDate", Checks.INVALID_VALUE),
                Arguments.of("text too long", body("VoucherText", "x".repeat(1001), "Rows", balanced),
                        "VoucherText", Checks.MAX_LENGTH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedVouchers")
    void refusesAVoucherThatBreaksARule(String rule, Map<String, Object> body, String field, String code) {
        assertThat(problems(() -> books(3).createVoucher(body, NOW)))
                .anySatisfy(problem -> {
                    assertThat(problem.field()).isEqualTo(field);
                    assertThat(problem.errorCode()).isEqualTo(code);
                });
    }

    @Test
    void aBalancedVoucherGetsTheNextNumberOfItsSeriesInItsYear() throws Exception {
        Books books = books(3);
        Map<String, Object> voucher = books.createVoucher(body("VoucherText", "Kontorsmaterial", "VoucherDate",
                "2026-06-01", "Rows", List.of(body("AccountNumber", 6110, "DebitAmount", 80),
                        body("AccountNumber", 2640, "DebitAmount", 20),
                        body("AccountNumber", 1930, "CreditAmount", 100))), NOW);

        assertThat(voucher.get("NumberAndNumberSeries")).isEqualTo("A6");
        assertThat(books.voucher(books.calendar().current().id(), (String) voucher.get("Id"))).contains(voucher);
        assertThat(books.voucher(books.calendar().years().get(1).id(), (String) voucher.get("Id"))).isEmpty();
    }

    @Test
    void convertingADraftGivesTheNextInvoiceNumberAndRemovesTheDraft() throws Exception {
        Books books = books(137);
        String draftId = (String) books.drafts.all().get(0).get("Id");

        Map<String, Object> invoice = books.convertDraft(draftId, NOW).orElseThrow();

        assertThat(invoice.get("InvoiceNumber")).isEqualTo(301);
        assertThat(invoice.get("CreatedFromDraftId")).isEqualTo(draftId);
        assertThat(books.drafts.get(draftId)).isEmpty();
        assertThat(books.invoices.get((String) invoice.get("Id"))).contains(invoice);
        assertThat(books.convertDraft(draftId, NOW)).isEmpty();
    }

    @Test
    void refusesAnInvoiceWithoutItsRequiredFieldsAndNamesEach() {
        assertThat(problems(() -> books(3).createInvoice(body(), NOW)))
                .extracting(FieldError::field, FieldError::errorCode)
                .contains(org.assertj.core.groups.Tuple.tuple("CustomerId", Checks.REQUIRED),
                        org.assertj.core.groups.Tuple.tuple("EuThirdParty", Checks.REQUIRED),
                        org.assertj.core.groups.Tuple.tuple("RotReducedInvoicingType", Checks.REQUIRED),
                        org.assertj.core.groups.Tuple.tuple("Rows", Checks.REQUIRED));
    }

    @Test
    void refusesAnInvoiceRowForAnArticleTheCompanyLacks() {
        Books books = books(3);
        Map<String, Object> body = body("CustomerId", customers(3).get(0).get("Id"), "EuThirdParty", false,
                "RotReducedInvoicingType", 0, "Rows", List.of(body("ArticleId", "0c9d8d0e-1b9f-4c4e-9d6a-6f2f2b0e1a11")));

        assertThat(problems(() -> books.createInvoice(body, NOW))).singleElement()
                .satisfies(problem -> assertThat(problem.field()).isEqualTo("Rows[0].ArticleId"))
                .satisfies(problem -> assertThat(problem.errorCode()).isEqualTo(Checks.NOT_FOUND));
    }

    @Test
    void aSupplierNeedsANameAndExistingTermsAndGetsTheNextFreeNumber() throws Exception {
        Books books = books(3);
        assertThat(problems(() -> books.createSupplier(body("TermsOfPaymentId",
                "0c9d8d0e-1b9f-4c4e-9d6a-6f2f2b0e1a11"), NOW))).extracting(FieldError::errorCode)
                .containsExactlyInAnyOrder(Checks.REQUIRED, Checks.NOT_FOUND);
        assertThat(problems(() -> books.createSupplier(body("Name", "Dup AB", "TermsOfPaymentId", TERMS,
                "SupplierNumber", "1"), NOW))).extracting(FieldError::field).containsExactly("SupplierNumber");

        Map<String, Object> created = books.createSupplier(body("Name", "Ny Leverantör AB", "TermsOfPaymentId", TERMS),
                NOW);

        assertThat(created.get("SupplierNumber")).isEqualTo("9");
        assertThat(books.suppliers.all()).contains(created);
    }

    @Test
    void attachmentsLinkToAVoucherOnceAndBothSidesNameEachOther() throws Exception {
        Books books = books(3);
        Map<String, Object> attachment = books.upload(body("ContentType", "application/pdf", "FileName", "kvitto_1.pdf",
                "Data", "JVBERi0xLjQK"), "Demo User", NOW);
        String voucherId = (String) books.voucherList.all().get(0).get("Id");
        Map<String, Object> link = body("DocumentType", 3, "DocumentId", voucherId,
                "AttachmentIds", List.of(attachment.get("Id")));

        books.link(link);

        assertThat(books.attachments.get((String) attachment.get("Id")).orElseThrow())
                .containsEntry("DocumentId", voucherId).containsEntry("AttachmentStatus", 0);
        assertThat(((Map<?, ?>) books.voucherList.get(voucherId).orElseThrow().get("Attachments")).get("AttachmentIds"))
                .isEqualTo(List.of(attachment.get("Id")));
        String otherVoucher = (String) books.voucherList.all().get(1).get("Id");
        assertThatThrownBy(() -> books.link(body("DocumentType", 3, "DocumentId", otherVoucher,
                "AttachmentIds", List.of(attachment.get("Id"))))).isInstanceOf(ApiError.class);
    }
}

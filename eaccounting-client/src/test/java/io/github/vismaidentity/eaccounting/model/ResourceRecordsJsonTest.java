package io.github.vismaidentity.eaccounting.model;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The invoice, voucher, supplier, article, project and attachment records through Yasson. */
class ResourceRecordsJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withAdapters(ModelAdapters.all()));
    private static final UUID CUSTOMER = UUID.fromString("0c9d6f7e-1b2a-4c3d-8e9f-0a1b2c3d4e5f");
    private static final UUID ARTICLE = UUID.fromString("5a0c1c2e-0000-4000-8000-00000000a001");

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    @Test
    void aDraftWithRowsIsWrittenWithTheRequiredDefaultsAndNoNulls() {
        CustomerInvoiceDraft draft = CustomerInvoiceDraft.builder(CUSTOMER).invoiceDate(LocalDate.of(2024, 5, 2))
                .rows(List.of(CustomerInvoiceDraftRow.article(ARTICLE, new BigDecimal("2"), new BigDecimal("99.50")),
                        CustomerInvoiceDraftRow.text("Thank you")))
                .build();

        String json = JSONB.toJson(draft);

        assertThat(json).contains("\"CustomerId\":\"" + CUSTOMER + "\"", "\"EuThirdParty\":false",
                "\"RotReducedInvoicingType\":0", "\"InvoiceDate\":\"2024-05-02\"",
                "{\"ArticleId\":\"" + ARTICLE + "\",\"IsTextRow\":false,\"Quantity\":2,"
                        + "\"ReversedConstructionServicesVatFree\":false,\"UnitPrice\":99.50}",
                "{\"IsTextRow\":true,\"ReversedConstructionServicesVatFree\":false,\"Text\":\"Thank you\"}");
        assertThat(json).doesNotContain("null", "\"Id\"", "\"TotalAmount\"");
    }

    @Test
    void readsAnInvoiceAsVismaSendsItWithItsRowsAndAmounts() {
        CustomerInvoice invoice = JSONB.fromJson("""
                {"Id":"9b1d2c3e-0000-4000-8000-000000000001","InvoiceNumber":1042,"CustomerId":"%s",
                 "InvoiceDate":"2024-05-02T00:00:00","DueDate":"2024-06-01T00:00:00","CurrencyCode":"SEK",
                 "EuThirdParty":false,"RotReducedInvoicingType":0,"TotalAmount":248.75,"TotalVatAmount":49.75,
                 "RemainingAmount":248.75,"ModifiedUtc":"2024-05-02T09:00:00Z","SendType":1,
                 "Rows":[{"LineNumber":1,"ArticleId":"%s","Quantity":2.0,"UnitPrice":99.50,"AmountNoVat":199.0,
                          "IsTextRow":false,"WorkCostType":0}]}""".formatted(CUSTOMER, ARTICLE),
                CustomerInvoice.class);

        assertThat(invoice.invoiceNumber()).isEqualTo(1042);
        assertThat(invoice.invoiceDate()).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(invoice.rotReducedInvoicingType()).isEqualTo(RotReducedInvoicingType.NORMAL);
        assertThat(invoice.totalAmount()).isEqualByComparingTo("248.75");
        assertThat(invoice.modifiedUtc()).isEqualTo(Instant.parse("2024-05-02T09:00:00Z"));
        assertThat(invoice.rows()).singleElement().satisfies(row -> {
            assertThat(row.lineNumber()).isEqualTo(1);
            assertThat(row.articleId()).isEqualTo(ARTICLE);
            assertThat(row.amountNoVat()).isEqualByComparingTo("199");
        });
    }

    @Test
    void aBalancedManualVoucherIsWrittenAndAVoucherWithAttachmentsRead() {
        Voucher voucher = Voucher.create(LocalDate.of(2024, 3, 31), "Cash sale", List.of(
                VoucherRow.debit(1930, new BigDecimal("125.00"), "Bank"),
                VoucherRow.credit(3001, new BigDecimal("100.00"), null),
                VoucherRow.credit(2611, new BigDecimal("25.00"), "VAT")));

        String json = JSONB.toJson(voucher);
        Voucher read = JSONB.fromJson("""
                {"Id":"7e0b0000-0000-4000-8000-000000000001","VoucherDate":"2024-03-31T00:00:00",
                 "VoucherText":"Cash sale","NumberAndNumberSeries":"A12","VoucherType":2,
                 "Rows":[{"AccountNumber":1930,"DebitAmount":125.00,"AccountDescription":"Bank"}],
                 "Attachments":{"DocumentId":"7e0b0000-0000-4000-8000-000000000001","DocumentType":3,
                                "AttachmentIds":["ab000000-0000-4000-8000-000000000001"]}}""", Voucher.class);

        assertThat(json).contains("\"VoucherDate\":\"2024-03-31\"", "\"VoucherText\":\"Cash sale\"", "\"VoucherType\":2",
                "{\"AccountNumber\":1930,\"DebitAmount\":125.00,\"TransactionText\":\"Bank\"}",
                "{\"AccountNumber\":3001,\"CreditAmount\":100.00}").doesNotContain("null");
        assertThat(read.voucherType()).isEqualTo(VoucherType.MANUAL_VOUCHER);
        assertThat(read.rows()).extracting(VoucherRow::accountNumber).containsExactly(1930L);
        assertThat(read.attachments().documentType()).isEqualTo(new DocumentType(3));
        assertThat(read.attachments().attachmentIds())
                .containsExactly(UUID.fromString("ab000000-0000-4000-8000-000000000001"));
    }

    @Test
    void anUploadSendsItsContentAsBase64AndNeverShowsIt() {
        AttachmentUpload upload = AttachmentUpload.of("receipt.png", "image/png",
                "secret receipt".getBytes(StandardCharsets.UTF_8));

        assertThat(JSONB.toJson(upload)).isEqualTo(
                "{\"ContentType\":\"image/png\",\"Data\":\"c2VjcmV0IHJlY2VpcHQ=\",\"FileName\":\"receipt.png\"}");
        assertThat(upload.toString()).contains("receipt.png", "image/png").doesNotContain("c2VjcmV0IHJlY2VpcHQ=");
    }

    @Test
    void readsSupplierInvoicesAttachmentsSuppliersArticlesAndProjects() {
        SupplierInvoice bill = JSONB.fromJson("""
                {"InvoiceNumber":"F-77","TotalAmount":500,"Status":1,"Attachments":null,
                 "Rows":[{"AccountNumber":4010,"DebetAmount":400,"VatCodeId":null}]}""", SupplierInvoice.class);
        Attachment attachment = JSONB.fromJson("""
                {"Id":"ab000000-0000-4000-8000-000000000001","FileName":"r.png","AttachedDocumentType":2,
                 "AttachmentStatus":1,"PhotoSource":4}""", Attachment.class);
        Supplier supplier = JSONB.fromJson("""
                {"Name":"Paper AB","SupplierNumber":"2001","IsActive":true,"ModifiedUtc":"2024-01-02T03:04:05Z"}""",
                Supplier.class);
        Article article = JSONB.fromJson("""
                {"Number":"A-1","Name":"Pen","NetPrice":10.5,"ChangedUtc":"2024-01-02T03:04:05"}""", Article.class);
        Project project = JSONB.fromJson("""
                {"Number":"P1","Name":"Move","Status":2,"StartDate":"2024-01-01T00:00:00"}""", Project.class);

        assertThat(bill.status()).isEqualTo(SupplierInvoiceStatus.NORMAL);
        assertThat(bill.attachments()).isEmpty();
        assertThat(bill.rows()).singleElement().extracting(SupplierInvoiceRow::debetAmount)
                .isEqualTo(new BigDecimal("400"));
        assertThat(attachment.attachedDocumentType().known()).contains(DocumentType.Known.RECEIPT);
        assertThat(attachment.attachmentStatus()).isEqualTo(AttachmentStatus.UNMATCHED);
        assertThat(supplier.modifiedUtc()).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
        assertThat(article.changedUtc()).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
        assertThat(project.status()).isEqualTo(ProjectStatus.FINISHED);
        assertThat(project.startDate()).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void theFactoriesAndBuildersSetWhatVismaRequiresOnAWrite() {
        UUID terms = UUID.fromString("8f3c2b1a-0000-4000-8000-000000000030");
        UUID unit = UUID.fromString("00000000-0000-4000-8000-0000000000a1");

        assertThat(JSONB.toJson(Supplier.builder("Paper AB", terms).build()))
                .isEqualTo("{\"IsActive\":true,\"Name\":\"Paper AB\",\"TermsOfPaymentId\":\"" + terms + "\"}");
        assertThat(JSONB.toJson(Article.builder("A-1", "Pen", terms, unit).build())).isEqualTo(
                "{\"CodingId\":\"" + terms + "\",\"IsActive\":true,\"Name\":\"Pen\",\"Number\":\"A-1\",\"UnitId\":\""
                        + unit + "\"}");
        assertThat(JSONB.toJson(Project.create("P1", "Move"))).isEqualTo(
                "{\"Name\":\"Move\",\"Number\":\"P1\",\"Status\":1}");
        assertThat(JSONB.toJson(CustomerInvoice.builder(CUSTOMER)
                .rows(List.of(CustomerInvoiceRow.article(ARTICLE, BigDecimal.ONE, null))).build()))
                .contains("\"Rows\":[{\"ArticleId\":\"" + ARTICLE + "\",\"Quantity\":1}]", "\"EuThirdParty\":false");
        assertThat(JSONB.toJson(new AttachmentLink(CUSTOMER, DocumentType.VOUCHER, List.of(ARTICLE))))
                .isEqualTo("{\"AttachmentIds\":[\"" + ARTICLE + "\"],\"DocumentId\":\"" + CUSTOMER
                        + "\",\"DocumentType\":3}");
    }
}

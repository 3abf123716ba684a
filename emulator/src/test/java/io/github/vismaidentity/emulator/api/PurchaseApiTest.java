package io.github.vismaidentity.emulator.api;

import static io.github.vismaidentity.emulator.api.AccountingApiTest.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** suppliers, supplierinvoices, attachments and attachmentlinks over real HTTP. */
class PurchaseApiTest extends BooksApiTestBase {

    private static final String UNKNOWN = "0c9d8d0e-1b9f-4c4e-9d6a-6f2f2b0e1a11";
    private static final String PDF = "JVBERi0xLjQKJcOkw7zDtsOfCg==";

    private String terms(String token) {
        return (String) data(ok(get("termsofpayments", token))).get(0).get("Id");
    }

    private Map<String, Object> upload(String token) {
        return created(post("attachments", object("ContentType", "application/pdf", "FileName", "faktura_(1).pdf",
                "Data", PDF), token));
    }

    @Test
    void listsTheSeededSuppliersAndGetsOneById() {
        String token = demo(ALL);
        Map<String, Object> page = ok(get("suppliers", token));
        Map<String, Object> first = data(page).get(0);

        assertThat(meta(page, "TotalNumberOfResults")).isEqualTo(8);
        assertThat(data(ok(get("suppliers?$filter=" + encode("IsActive eq false"), token)))).hasSize(1);
        assertThat(data(ok(get("suppliers?$filter=" + encode("startswith(Name,'telia')"), token))))
                .extracting(supplier -> supplier.get("Name")).containsExactly("Telia Sverige AB");
        assertThat(ok(get("suppliers/" + first.get("Id"), token))).isEqualTo(first);
        assertNotFound(get("suppliers/" + UNKNOWN, token));
    }

    @Test
    void createsASupplierWithTheNextFreeNumberThenListsIt() {
        String token = demo(ALL);

        Map<String, Object> supplier = created(post("suppliers", object("Name", "Nya Kontorsvaror AB",
                "TermsOfPaymentId", terms(token), "City", "Lund"), token));

        assertThat(supplier.get("SupplierNumber")).isEqualTo("9");
        assertThat(supplier.get("IsActive")).isEqualTo(true);
        assertThat(supplier.get("CurrencyCode")).isEqualTo("SEK");
        assertThat(meta(ok(get("suppliers", token)), "TotalNumberOfResults")).isEqualTo(9);
        assertThat(ok(get("suppliers/" + supplier.get("Id"), token))).isEqualTo(supplier);
    }

    @Test
    void refusesASupplierWithoutNameOrWithUnknownTermsOrATakenNumber() {
        String token = demo(ALL);

        assertFieldError(post("suppliers", object("TermsOfPaymentId", terms(token)), token), "Name", "Required");
        assertFieldError(post("suppliers", object("Name", "x".repeat(51), "TermsOfPaymentId", terms(token)), token),
                "Name", "MaxLength");
        assertFieldError(post("suppliers", object("Name", "X AB", "TermsOfPaymentId", UNKNOWN), token),
                "TermsOfPaymentId", "NotFound");
        assertFieldError(post("suppliers", object("Name", "X AB"), token), "TermsOfPaymentId", "Required");
        assertFieldError(post("suppliers", object("Name", "X AB", "TermsOfPaymentId", terms(token),
                "SupplierNumber", "1"), token), "SupplierNumber", "InvalidValue");
    }

    @Test
    void listsSupplierInvoicesBySupplierAndGetsOneById() {
        String token = demo(ALL);
        Map<String, Object> page = ok(get("supplierinvoices?$pagesize=10", token));
        Map<String, Object> first = data(page).get(0);

        assertThat(meta(page, "TotalNumberOfResults")).isEqualTo(21);
        assertThat(meta(page, "TotalNumberOfPages")).isEqualTo(3);
        assertThat(data(ok(get("supplierinvoices?$filter=" + encode("SupplierId eq " + first.get("SupplierId")),
                token)))).hasSize(3).allSatisfy(invoice -> assertThat(invoice.get("SupplierId"))
                .isEqualTo(first.get("SupplierId")));
        assertThat(ok(get("supplierinvoices/" + first.get("Id"), token))).isEqualTo(first);
        assertNotFound(get("supplierinvoices/" + UNKNOWN, token));
    }

    @Test
    void uploadsAnUnmatchedAttachmentAndGetsItById() {
        String token = demo(ALL);

        Map<String, Object> attachment = upload(token);

        assertThat(attachment.get("AttachmentStatus")).isEqualTo(1L);
        assertThat(attachment.get("UploadedBy")).isEqualTo("Demo User");
        assertThat(ok(get("attachments/" + attachment.get("Id"), token))).isEqualTo(attachment);
        assertNotFound(get("attachments/" + UNKNOWN, token));
    }

    static Stream<Arguments> refusedUploads() {
        return Stream.of(
                Arguments.of(object("ContentType", "text/plain", "FileName", "a.pdf", "Data", PDF), "ContentType",
                        "InvalidValue"),
                Arguments.of(object("ContentType", "application/pdf", "FileName", "my invoice.pdf", "Data", PDF),
                        "FileName", "InvalidValue"),
                Arguments.of(object("ContentType", "application/pdf", "Data", PDF), "FileName", "Required"),
                Arguments.of(object("ContentType", "application/pdf", "FileName", "a.pdf"), "Data", "Required"),
                Arguments.of(object("ContentType", "application/pdf", "FileName", "a.pdf", "Data", "not base64!"),
                        "Data", "InvalidValue"));
    }

    @ParameterizedTest
    @MethodSource("refusedUploads")
    void refusesAnUploadThatBreaksARule(Map<String, Object> upload, String field, String code) {
        assertFieldError(post("attachments", upload, demo(ALL)), field, code);
    }

    @Test
    void linksAnAttachmentToASupplierInvoiceSoEachNamesTheOther() {
        String token = demo(ALL);
        String attachment = (String) upload(token).get("Id");
        String invoice = (String) data(ok(get("supplierinvoices", token))).get(0).get("Id");

        Map<String, Object> link = ok(post("attachmentlinks", object("DocumentType", 1, "DocumentId", invoice,
                "AttachmentIds", List.of(attachment)), token));

        assertThat(link).containsEntry("DocumentId", invoice).containsEntry("AttachmentIds", List.of(attachment));
        assertThat(ok(get("supplierinvoices/" + invoice, token)).get("Attachments")).isEqualTo(List.of(attachment));
        assertThat(ok(get("attachments/" + attachment, token))).containsEntry("DocumentId", invoice)
                .containsEntry("AttachmentStatus", 0L);
    }

    @Test
    void refusesALinkToUnknownAttachmentsOrDocumentsNamingEachField() {
        String token = demo(ALL);
        String attachment = (String) upload(token).get("Id");
        String voucher = (String) data(ok(get("vouchers", token))).get(0).get("Id");

        assertFieldError(post("attachmentlinks", object("DocumentType", 3, "DocumentId", voucher,
                "AttachmentIds", List.of(attachment, UNKNOWN)), token), "AttachmentIds[1]", "NotFound");
        assertFieldError(post("attachmentlinks", object("DocumentType", 3, "DocumentId", UNKNOWN,
                "AttachmentIds", List.of(attachment)), token), "DocumentId", "NotFound");
        assertFieldError(post("attachmentlinks", object("DocumentType", 2, "DocumentId", voucher,
                "AttachmentIds", List.of(attachment)), token), "DocumentType", "InvalidValue");
        assertFieldError(post("attachmentlinks", object("DocumentType", 3, "DocumentId", voucher), token),
                "AttachmentIds", "Required");
    }

    @Test
    void refusesPurchaseCallsToATokenWithoutAPurchaseScope() {
        String sales = demo(SALES);

        assertMissingScope(get("suppliers", sales), "ea:purchase_readonly");
        assertMissingScope(get("supplierinvoices", sales), "ea:purchase_readonly");
        assertMissingScope(post("attachments", object("ContentType", "application/pdf", "FileName", "a.pdf",
                "Data", PDF), sales), "ea:accounting");
        assertMissingScope(post("suppliers", object("Name", "X AB"), demo(READ_ONLY)), "ea:purchase");
    }
}

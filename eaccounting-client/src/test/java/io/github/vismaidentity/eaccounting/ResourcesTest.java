package io.github.vismaidentity.eaccounting;

import io.github.vismaidentity.eaccounting.model.Attachment;
import io.github.vismaidentity.eaccounting.model.AttachmentLink;
import io.github.vismaidentity.eaccounting.model.AttachmentUpload;
import io.github.vismaidentity.eaccounting.model.CustomerInvoice;
import io.github.vismaidentity.eaccounting.model.CustomerInvoiceDraft;
import io.github.vismaidentity.eaccounting.model.DocumentType;
import io.github.vismaidentity.eaccounting.model.FiscalYear;
import io.github.vismaidentity.eaccounting.model.SupplierInvoice;
import io.github.vismaidentity.eaccounting.model.Voucher;
import io.github.vismaidentity.eaccounting.resources.CustomerInvoices;
import io.github.vismaidentity.eaccounting.support.EmulatorTokens;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every accessor of the client reaches its own resource of the emulator: a list and, where the client has it, the
 * item read back by id; the two-step writes (a draft converted, an attachment linked) go through. The full contract
 * per resource is in {@code contract/}.
 */
class ResourcesTest extends EmulatorTestBase {

    private static final String ALL = "openid offline_access ea:api ea:sales ea:purchase ea:accounting";

    private EAccountingClient client;
    private EAccountingClient demo;

    @BeforeEach
    void signIn() {
        client = EAccountingClient.builder().apiBaseUrl(emulator.apiBaseUri())
                .tokens(EmulatorTokens.signIn(emulator, browser, ALL)).build();
        demo = client.forCompany(EmulatorTokens.DEMO_AB.id());
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void eachListReadsItsResourceAndEachItemIsReadBackById() {
        assertThat(demo.companySettings().get().name()).isEqualTo("Demo AB");
        assertThat(demo.users().list().items()).isNotEmpty();
        assertThat(demo.accounts().list().items()).isNotEmpty();
        FiscalYear year = demo.fiscalYears().list().items().get(0);
        assertThat(demo.fiscalYears().get(year.id())).isEqualTo(year);
        var vatCode = demo.vatCodes().list().items().get(0);
        assertThat(demo.vatCodes().get(vatCode.id()).code()).isEqualTo(vatCode.code());
        var terms = demo.termsOfPayments().list().items().get(0);
        assertThat(demo.termsOfPayments().get(terms.id()).id()).isEqualTo(terms.id());
        var customer = demo.customers().list().items().get(0);
        assertThat(demo.customers().get(customer.id()).id()).isEqualTo(customer.id());
        var supplier = demo.suppliers().list().items().get(0);
        assertThat(demo.suppliers().get(supplier.id()).id()).isEqualTo(supplier.id());
        var article = demo.articles().list().items().get(0);
        assertThat(demo.articles().get(article.id()).id()).isEqualTo(article.id());
        var project = demo.projects().list().items().get(0);
        assertThat(demo.projects().get(project.id()).id()).isEqualTo(project.id());
    }

    @Test
    void invoicesDraftsAndVouchersAreReadBackById() {
        CustomerInvoice invoice = demo.customerInvoices().list(Query.all().orderBy(CustomerInvoices.INVOICE_NUMBER))
                .items().get(0);
        assertThat(demo.customerInvoices().get(invoice.id()).invoiceNumber()).isEqualTo(invoice.invoiceNumber());
        CustomerInvoiceDraft draft = demo.customerInvoiceDrafts().list().items().get(0);
        assertThat(demo.customerInvoiceDrafts().get(draft.id()).id()).isEqualTo(draft.id());
        SupplierInvoice bill = demo.supplierInvoices().list().items().get(0);
        assertThat(demo.supplierInvoices().get(bill.id()).id()).isEqualTo(bill.id());
        Voucher voucher = demo.vouchers().list().items().get(0);
        FiscalYear year = demo.fiscalYears().stream().filter(y -> !voucher.voucherDate().isBefore(y.startDate())
                && !voucher.voucherDate().isAfter(y.endDate())).findFirst().orElseThrow();
        assertThat(demo.vouchers().get(year.id(), voucher.id()).id()).isEqualTo(voucher.id());
    }

    @Test
    void aConvertedDraftBecomesAnInvoiceAndIsGone() {
        CustomerInvoiceDraft draft = demo.customerInvoiceDrafts().list().items().get(0);

        CustomerInvoice invoice = demo.customerInvoiceDrafts().convert(draft.id());

        assertThat(invoice.id()).isNotNull();
        assertThat(invoice.customerId()).isEqualTo(draft.customerId());
        assertThat(catchThrowableOfType(() -> demo.customerInvoiceDrafts().get(draft.id()),
                ResourceNotFoundException.class)).isNotNull();
    }

    @Test
    void anUploadedAttachmentIsReadBackAndLinkedToASupplierInvoice() {
        SupplierInvoice bill = demo.supplierInvoices().list().items().get(0);

        Attachment receipt = demo.attachments().upload(AttachmentUpload.of("receipt.pdf", "application/pdf",
                "%PDF-1.4 a receipt".getBytes(StandardCharsets.US_ASCII)));
        AttachmentLink link = demo.attachments().link(new AttachmentLink(bill.id(), DocumentType.SUPPLIER_INVOICE,
                List.of(receipt.id())));

        assertThat(demo.attachments().get(receipt.id()).fileName()).isEqualTo("receipt.pdf");
        assertThat(link.attachmentIds()).containsExactly(receipt.id());
    }
}

package io.github.vismaidentity.eaccounting.contract;

import io.github.vismaidentity.eaccounting.Query;
import io.github.vismaidentity.eaccounting.model.Account;
import io.github.vismaidentity.eaccounting.model.Attachment;
import io.github.vismaidentity.eaccounting.model.AttachmentLink;
import io.github.vismaidentity.eaccounting.model.AttachmentStatus;
import io.github.vismaidentity.eaccounting.model.AttachmentUpload;
import io.github.vismaidentity.eaccounting.model.DocumentType;
import io.github.vismaidentity.eaccounting.model.FiscalYear;
import io.github.vismaidentity.eaccounting.model.VatCode;
import io.github.vismaidentity.eaccounting.model.Voucher;
import io.github.vismaidentity.eaccounting.model.VoucherRow;
import io.github.vismaidentity.eaccounting.model.VoucherType;
import io.github.vismaidentity.eaccounting.resources.Accounts;
import io.github.vismaidentity.eaccounting.resources.FiscalYears;
import io.github.vismaidentity.eaccounting.resources.VatCodes;
import io.github.vismaidentity.eaccounting.resources.Vouchers;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Fiscal years, accounts, VAT codes, vouchers and attachments: every typed call against the emulator. */
class AccountingContractTest extends ContractTestBase {

    @Test
    void listsAndGetsFiscalYearsAndVatCodesAndListsAccountsFilteringAndOrderingByEachField() {
        List<FiscalYear> years = listsPagesAndGetsById(client.fiscalYears()::list, FiscalYear::id,
                client.fiscalYears()::get);
        listsPagesAndGetsById(client.vatCodes()::list, VatCode::id, client.vatCodes()::get);
        List<Account> accounts = client.accounts().stream().toList();

        assertThat(years).allSatisfy(year -> assertThat(year.endDate()).isAfter(year.startDate()));
        assertThat(accounts).hasSizeGreaterThan(20).allSatisfy(account -> assertThat(account.number()).isNotBlank());
        assertThat(new FieldContract<>(FiscalYear.class, client.fiscalYears()::list)
                .checkEveryFieldOf(FiscalYears.class)).isEqualTo(2);
        assertThat(new FieldContract<>(Account.class, client.accounts()::list)
                .checkEveryFieldOf(Accounts.class)).isEqualTo(3);
        assertThat(new FieldContract<>(VatCode.class, client.vatCodes()::list)
                .checkEveryFieldOf(VatCodes.class)).isEqualTo(1);
    }

    @Test
    void listsPagesAndGetsVouchersByTheirFiscalYearFilteringAndOrderingByEachField() {
        FiscalYear year = currentYear();
        Voucher voucher = client.vouchers().list(Query.all().where(Vouchers.VOUCHER_DATE.ge(year.startDate())))
                .items().get(0);

        assertThat(client.vouchers().get(year.id(), voucher.id())).isEqualTo(voucher);
        assertThat(new FieldContract<>(Voucher.class, client.vouchers()::list)
                .checkEveryFieldOf(Vouchers.class)).isEqualTo(2);
    }

    @Test
    void aCreatedVoucherIsNumberedListedAndFoundAndAnUploadedAttachmentLinksToIt() {
        FiscalYear year = currentYear();
        int before = client.vouchers().list().meta().totalNumberOfResults();

        Voucher created = client.vouchers().create(Voucher.create(year.startDate(), "Kontorsmaterial", List.of(
                VoucherRow.debit(6110, new BigDecimal("80.00"), "Pennor"),
                VoucherRow.debit(2640, new BigDecimal("20.00"), null),
                VoucherRow.credit(1930, new BigDecimal("100.00"), null))));
        Attachment uploaded = client.attachments().upload(AttachmentUpload.of("kvitto.png", "image/png",
                "not really a png".getBytes(StandardCharsets.UTF_8)));
        AttachmentLink link = client.attachments().link(
                new AttachmentLink(created.id(), DocumentType.VOUCHER, List.of(uploaded.id())));

        assertThat(created.id()).isNotNull();
        assertThat(created.numberAndNumberSeries()).startsWith("A");
        assertThat(created.voucherType()).isEqualTo(VoucherType.MANUAL_VOUCHER);
        assertThat(created.rows()).extracting(VoucherRow::accountNumber).containsExactly(6110L, 2640L, 1930L);
        assertThat(client.vouchers().list().meta().totalNumberOfResults()).isEqualTo(before + 1);
        assertThat(client.vouchers().get(year.id(), created.id()).voucherText()).isEqualTo("Kontorsmaterial");
        assertThat(uploaded.id()).isNotNull();
        assertThat(uploaded.attachmentStatus()).isEqualTo(AttachmentStatus.UNMATCHED);
        assertThat(link.attachmentIds()).containsExactly(uploaded.id());
        assertThat(client.attachments().get(uploaded.id())).satisfies(linked -> {
            assertThat(linked.documentId()).isEqualTo(created.id());
            assertThat(linked.attachedDocumentType()).isEqualTo(DocumentType.VOUCHER);
            assertThat(linked.attachmentStatus()).isEqualTo(AttachmentStatus.MATCHED);
        });
    }

    /** The latest fiscal year, open for bookkeeping. */
    private FiscalYear currentYear() {
        FiscalYear year = client.fiscalYears().list(Query.all().orderByDescending(FiscalYears.START_DATE)).items().get(0);
        assertThat(year.isLockedForAccounting()).isFalse();
        return year;
    }
}

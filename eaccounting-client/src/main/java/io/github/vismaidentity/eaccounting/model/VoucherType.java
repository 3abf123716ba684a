package io.github.vismaidentity.eaccounting.model;

import java.util.Optional;

/**
 * The kind of a voucher: manual, or made by another part of eAccounting.
 * Visma's {@code VoucherType}:
 * 2 = ManualVoucher, 5 = BankAccountTransferDeposit, 6 = BankAccountTransferWithDrawal, 7 =
 * PurchaseReceipt, 8 = VatReport, 9 = SieImport, 10 = BankTransactionDeposit, 11 =
 * BankTransactionWithdrawal, 12 = SupplierInvoiceDebit, 13 = SupplierInvoiceCredit, 14 =
 * CustomerInvoiceDebit, 15 = CustomerInvoiceCredit, 16 = ClaimOnCardAcquirer, 17 = TaxReturn, 18 =
 * AllocationPeriod, 19 = AllocationPeriodCorrection, 20 = InventoryEvent, 21 = EmployerReport, 22 =
 * Payslip, 23 = CustomerQuickInvoiceDebit, 24 = CustomerQuickInvoiceCredit, 25 =
 * SupplierQuickInvoiceDebit, 26 = SupplierQuickInvoiceCredit, 27 = IZettleVoucher, 28 =
 * StockValuation, 29 = ClaimOnSpotFactoring, 30 = RecourseFactoring, 32 = DirectDebit, 33 =
 * DirectDebitCorrection, 34 = PaymentLinks.
 * An open enum: a value Visma adds later is read and kept as {@code Unknown(n)} instead of failing the read.
 *
 * @param value the integer Visma sends
 */
public record VoucherType(int value) {

    /** {@code 2 = ManualVoucher}. */
    public static final VoucherType MANUAL_VOUCHER = new VoucherType(2);
    /** {@code 12 = SupplierInvoiceDebit}. */
    public static final VoucherType SUPPLIER_INVOICE_DEBIT = new VoucherType(12);
    /** {@code 13 = SupplierInvoiceCredit}. */
    public static final VoucherType SUPPLIER_INVOICE_CREDIT = new VoucherType(13);
    /** {@code 14 = CustomerInvoiceDebit}. */
    public static final VoucherType CUSTOMER_INVOICE_DEBIT = new VoucherType(14);
    /** {@code 15 = CustomerInvoiceCredit}. */
    public static final VoucherType CUSTOMER_INVOICE_CREDIT = new VoucherType(15);

    /** The values Visma's description lists (the constants above hold their integers). */
    public enum Known {
        MANUAL_VOUCHER, BANK_ACCOUNT_TRANSFER_DEPOSIT, BANK_ACCOUNT_TRANSFER_WITH_DRAWAL, PURCHASE_RECEIPT,
        VAT_REPORT, SIE_IMPORT, BANK_TRANSACTION_DEPOSIT, BANK_TRANSACTION_WITHDRAWAL,
        SUPPLIER_INVOICE_DEBIT, SUPPLIER_INVOICE_CREDIT, CUSTOMER_INVOICE_DEBIT, CUSTOMER_INVOICE_CREDIT,
        CLAIM_ON_CARD_ACQUIRER, TAX_RETURN, ALLOCATION_PERIOD, ALLOCATION_PERIOD_CORRECTION,
        INVENTORY_EVENT, EMPLOYER_REPORT, PAYSLIP, CUSTOMER_QUICK_INVOICE_DEBIT,
        CUSTOMER_QUICK_INVOICE_CREDIT, SUPPLIER_QUICK_INVOICE_DEBIT, SUPPLIER_QUICK_INVOICE_CREDIT,
        I_ZETTLE_VOUCHER, STOCK_VALUATION, CLAIM_ON_SPOT_FACTORING, RECOURSE_FACTORING, DIRECT_DEBIT,
        DIRECT_DEBIT_CORRECTION, PAYMENT_LINKS
    }

    private static final OpenEnums<Known> CODES = OpenEnums.codes(Known.class, 2, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 32, 33, 34);

    /** @return the listed value this is, or empty for one Visma's description does not list */
    public Optional<Known> known() {
        return CODES.known(value);
    }

    @Override
    public String toString() {
        return CODES.describe(value);
    }

    /** Reads and writes the integer; registered by {@link ModelAdapters#all()}. */
    public static final class Adapter extends IntCodeAdapter<VoucherType> {
        /** The adapter JSON-B uses. */
        public Adapter() {
            super(VoucherType::new, VoucherType::value);
        }
    }
}

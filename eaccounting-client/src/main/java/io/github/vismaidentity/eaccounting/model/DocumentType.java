package io.github.vismaidentity.eaccounting.model;

import java.util.Optional;

/**
 * The kind of document an attachment is linked to.
 * Visma's {@code DocumentType} (an attachment's {@code AttachedDocumentType}):
 * 0 = None, 1 = SupplierInvoice, 2 = Receipt, 3 = Voucher, 4 = SupplierInvoiceDraft, 5 =
 * AllocationPeriod, 6 = Transfer, 8 = BankTransaction.
 * An open enum: a value Visma adds later is read and kept as {@code Unknown(n)} instead of failing the read.
 *
 * @param value the integer Visma sends
 */
public record DocumentType(int value) {

    /** {@code 0 = None}. */
    public static final DocumentType NONE = new DocumentType(0);
    /** {@code 1 = SupplierInvoice}. */
    public static final DocumentType SUPPLIER_INVOICE = new DocumentType(1);
    /** {@code 2 = Receipt}. */
    public static final DocumentType RECEIPT = new DocumentType(2);
    /** {@code 3 = Voucher}. */
    public static final DocumentType VOUCHER = new DocumentType(3);
    /** {@code 4 = SupplierInvoiceDraft}. */
    public static final DocumentType SUPPLIER_INVOICE_DRAFT = new DocumentType(4);
    /** {@code 5 = AllocationPeriod}. */
    public static final DocumentType ALLOCATION_PERIOD = new DocumentType(5);
    /** {@code 6 = Transfer}. */
    public static final DocumentType TRANSFER = new DocumentType(6);
    /** {@code 8 = BankTransaction}. */
    public static final DocumentType BANK_TRANSACTION = new DocumentType(8);

    /** The values Visma's description lists (the constants above hold their integers). */
    public enum Known {
        NONE, SUPPLIER_INVOICE, RECEIPT, VOUCHER, SUPPLIER_INVOICE_DRAFT, ALLOCATION_PERIOD, TRANSFER,
        BANK_TRANSACTION
    }

    private static final OpenEnums<Known> CODES = OpenEnums.codes(Known.class, 0, 1, 2, 3, 4, 5, 6, 8);

    /** @return the listed value this is, or empty for one Visma's description does not list */
    public Optional<Known> known() {
        return CODES.known(value);
    }

    @Override
    public String toString() {
        return CODES.describe(value);
    }

    /** Reads and writes the integer; registered by {@link ModelAdapters#all()}. */
    public static final class Adapter extends IntCodeAdapter<DocumentType> {
        /** The adapter JSON-B uses. */
        public Adapter() {
            super(DocumentType::new, DocumentType::value);
        }
    }
}

package io.github.vismaidentity.eaccounting.model;

import java.util.Optional;

/**
 * The status of a supplier invoice.
 * Visma's {@code Status}:
 * 0 = Draft, 1 = Normal, 2 = Deleted.
 * An open enum: a value Visma adds later is read and kept as {@code Unknown(n)} instead of failing the read.
 *
 * @param value the integer Visma sends
 */
public record SupplierInvoiceStatus(int value) {

    /** {@code 0 = Draft}. */
    public static final SupplierInvoiceStatus DRAFT = new SupplierInvoiceStatus(0);
    /** {@code 1 = Normal}. */
    public static final SupplierInvoiceStatus NORMAL = new SupplierInvoiceStatus(1);
    /** {@code 2 = Deleted}. */
    public static final SupplierInvoiceStatus DELETED = new SupplierInvoiceStatus(2);

    /** The values Visma's description lists (the constants above hold their integers). */
    public enum Known {
        DRAFT, NORMAL, DELETED
    }

    private static final OpenEnums<Known> CODES = OpenEnums.codes(Known.class, 0, 1, 2);

    /** @return the listed value this is, or empty for one Visma's description does not list */
    public Optional<Known> known() {
        return CODES.known(value);
    }

    @Override
    public String toString() {
        return CODES.describe(value);
    }

    /** Reads and writes the integer; registered by {@link ModelAdapters#all()}. */
    public static final class Adapter extends IntCodeAdapter<SupplierInvoiceStatus> {
        /** The adapter JSON-B uses. */
        public Adapter() {
            super(SupplierInvoiceStatus::new, SupplierInvoiceStatus::value);
        }
    }
}

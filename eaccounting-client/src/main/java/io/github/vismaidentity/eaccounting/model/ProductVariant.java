package io.github.vismaidentity.eaccounting.model;

import java.util.Optional;

/**
 * The eAccounting product a company runs, which decides the API's features (price lists only on Pro, for example).
 * Visma's {@code ProductVariant}:
 * 1 = Standard, 2 = Invoicing, 3 = Bookkeeping, 4 = Solo, 5 = Pro, 6 = InvoicingCollaboration.
 * An open enum: a value Visma adds later is read and kept as {@code Unknown(n)} instead of failing the read.
 *
 * @param value the integer Visma sends
 */
public record ProductVariant(int value) {

    /** {@code 1 = Standard}. */
    public static final ProductVariant STANDARD = new ProductVariant(1);
    /** {@code 2 = Invoicing}. */
    public static final ProductVariant INVOICING = new ProductVariant(2);
    /** {@code 3 = Bookkeeping}. */
    public static final ProductVariant BOOKKEEPING = new ProductVariant(3);
    /** {@code 4 = Solo}. */
    public static final ProductVariant SOLO = new ProductVariant(4);
    /** {@code 5 = Pro}. */
    public static final ProductVariant PRO = new ProductVariant(5);
    /** {@code 6 = InvoicingCollaboration}. */
    public static final ProductVariant INVOICING_COLLABORATION = new ProductVariant(6);

    /** The values Visma's description lists (the constants above hold their integers). */
    public enum Known {
        STANDARD, INVOICING, BOOKKEEPING, SOLO, PRO, INVOICING_COLLABORATION
    }

    private static final OpenEnums<Known> CODES = OpenEnums.codes(Known.class, 1, 2, 3, 4, 5, 6);

    /** @return the listed value this is, or empty for one Visma's description does not list */
    public Optional<Known> known() {
        return CODES.known(value);
    }

    @Override
    public String toString() {
        return CODES.describe(value);
    }

    /** Reads and writes the integer; registered by {@link ModelAdapters#all()}. */
    public static final class Adapter extends IntCodeAdapter<ProductVariant> {
        /** The adapter JSON-B uses. */
        public Adapter() {
            super(ProductVariant::new, ProductVariant::value);
        }
    }
}

package io.github.vismaidentity.eaccounting.model;

import java.util.Optional;

/**
 * Whether an invoice is reduced for ROT or RUT work (Sweden), or a normal one.
 * Visma's {@code RotReducedInvoicingType}:
 * 0 = Normal, 1 = Rot, 2 = Rut.
 * An open enum: a value Visma adds later is read and kept as {@code Unknown(n)} instead of failing the read.
 *
 * @param value the integer Visma sends
 */
public record RotReducedInvoicingType(int value) {

    /** {@code 0 = Normal}. */
    public static final RotReducedInvoicingType NORMAL = new RotReducedInvoicingType(0);
    /** {@code 1 = Rot}. */
    public static final RotReducedInvoicingType ROT = new RotReducedInvoicingType(1);
    /** {@code 2 = Rut}. */
    public static final RotReducedInvoicingType RUT = new RotReducedInvoicingType(2);

    /** The values Visma's description lists (the constants above hold their integers). */
    public enum Known {
        NORMAL, ROT, RUT
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
    public static final class Adapter extends IntCodeAdapter<RotReducedInvoicingType> {
        /** The adapter JSON-B uses. */
        public Adapter() {
            super(RotReducedInvoicingType::new, RotReducedInvoicingType::value);
        }
    }
}

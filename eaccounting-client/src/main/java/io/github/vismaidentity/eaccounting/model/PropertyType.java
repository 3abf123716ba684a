package io.github.vismaidentity.eaccounting.model;

import java.util.Optional;

/**
 * The property type of a customer's ROT/RUT work (Sweden).
 * Visma's {@code PropertyType}:
 * 1 = Apartment, 2 = Property.
 * An open enum: a value Visma adds later is read and kept as {@code Unknown(n)} instead of failing the read.
 *
 * @param value the integer Visma sends
 */
public record PropertyType(int value) {

    /** {@code 1 = Apartment}. */
    public static final PropertyType APARTMENT = new PropertyType(1);
    /** {@code 2 = Property}. */
    public static final PropertyType PROPERTY = new PropertyType(2);

    /** The values Visma's description lists (the constants above hold their integers). */
    public enum Known {
        APARTMENT, PROPERTY
    }

    private static final OpenEnums<Known> CODES = OpenEnums.codes(Known.class, 1, 2);

    /** @return the listed value this is, or empty for one Visma's description does not list */
    public Optional<Known> known() {
        return CODES.known(value);
    }

    @Override
    public String toString() {
        return CODES.describe(value);
    }

    /** Reads and writes the integer; registered by {@link ModelAdapters#all()}. */
    public static final class Adapter extends IntCodeAdapter<PropertyType> {
        /** The adapter JSON-B uses. */
        public Adapter() {
            super(PropertyType::new, PropertyType::value);
        }
    }
}

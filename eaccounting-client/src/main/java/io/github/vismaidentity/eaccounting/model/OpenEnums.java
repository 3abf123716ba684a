package io.github.vismaidentity.eaccounting.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The codes of one open enum: which integer each constant of its {@code Known} enum stands for, so
 * that every open enum finds and names its values the same way.
 *
 * @param <E> the open enum's {@code Known} enum
 */
final class OpenEnums<E extends Enum<E>> {

    private final E[] known;
    private final int[] codes;

    private OpenEnums(E[] known, int[] codes) {
        if (known.length != codes.length) {
            throw new IllegalArgumentException("one code per known constant: " + known.length + " != " + codes.length);
        }
        this.known = known;
        this.codes = codes;
    }

    /** The codes of {@code type}'s constants, given in the order the constants are declared. */
    static <E extends Enum<E>> OpenEnums<E> codes(Class<E> type, int... codes) {
        return new OpenEnums<>(type.getEnumConstants(), codes.clone());
    }

    /** The constant whose code is {@code value}, if Visma's description lists it. */
    Optional<E> known(int value) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] == value) {
                return Optional.of(known[i]);
            }
        }
        return Optional.empty();
    }

    /** {@code Apartment(1)} for a known value, {@code Unknown(7)} for one Visma added later. */
    String describe(int value) {
        return known(value).map(OpenEnums::pascalCase).orElse("Unknown") + "(" + value + ")";
    }

    private static String pascalCase(Enum<?> constant) {
        StringBuilder name = new StringBuilder();
        for (String word : constant.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }
}

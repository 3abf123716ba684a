package io.github.vismaidentity.emulator.control;

import java.util.Arrays;
import java.util.Locale;

/** The names the admin API and counter listings use for enum constants: {@code TOKEN_RESPONSES} is {@code token-responses}. */
final class ExternalNames {

    private ExternalNames() {
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant with this external name, or an error that lists the valid names. */
    static <E extends Enum<E>> E parse(Class<E> type, String name, String what) {
        E[] constants = type.getEnumConstants();
        return Arrays.stream(constants).filter(constant -> of(constant).equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown " + what + " '" + name + "'; use one of "
                        + Arrays.stream(constants).map(ExternalNames::of).toList()));
    }
}

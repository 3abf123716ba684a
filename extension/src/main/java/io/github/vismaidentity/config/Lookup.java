package io.github.vismaidentity.config;

import io.github.vismaidentity.VismaIdentityDefinition;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds each value by the extension's precedence: MicroProfile Config first, then the annotation's attribute,
 * then (left to the caller) the default. Blank values count as absent at every level, so an empty environment
 * variable does not hide the annotation.
 */
final class Lookup {

    private final VismaIdentityDefinition annotation;
    private final Function<String, Optional<String>> config;

    /** @param annotation null when the application has none: every attribute then counts as absent */
    Lookup(VismaIdentityDefinition annotation, Function<String, Optional<String>> config) {
        this.annotation = annotation;
        this.config = config;
    }

    /** A value that only MicroProfile Config can give (the secret, the key, durations, endpoint overrides). */
    Optional<Setting> fromConfig(String key) {
        Optional<String> value = config.apply(key);
        return value == null ? Optional.empty() : value.map(String::strip).filter(text -> !text.isEmpty())
                .map(text -> new Setting(key, text, null));
    }

    /** MicroProfile Config, else the annotation's {@code attribute} when not blank. */
    Optional<Setting> string(String key, String attribute, Function<VismaIdentityDefinition, String> value) {
        return fromConfig(key).or(() -> fromAnnotation(key, attribute, value));
    }

    /**
     * Like {@link #string}, for array attributes: the elements joined by spaces, read back by
     * {@link Setting#items()}. A value without items (only commas) counts as absent too.
     */
    Optional<Setting> list(String key, String attribute, Function<VismaIdentityDefinition, String[]> value) {
        return fromConfig(key).filter(Lookup::hasItems)
                .or(() -> fromAnnotation(key, attribute, definition -> String.join(" ", value.apply(definition)))
                        .filter(Lookup::hasItems));
    }

    private static boolean hasItems(Setting setting) {
        return !setting.items().isEmpty();
    }

    /**
     * Whether the annotation sets {@code attribute} to a blank value on purpose: for attributes whose default
     * is not empty ({@code dataSource}, {@code callerNameClaim}) that is a mistake rather than "use the default".
     */
    boolean blankInAnnotation(Function<VismaIdentityDefinition, String> value) {
        return annotation != null && value.apply(annotation).isBlank();
    }

    private Optional<Setting> fromAnnotation(String key, String attribute,
            Function<VismaIdentityDefinition, String> value) {
        return Optional.ofNullable(annotation).map(value).map(String::strip).filter(text -> !text.isEmpty())
                .map(text -> new Setting(key, text, attribute));
    }
}

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
    Optional<Setting> fromConfig(VismaSetting setting) {
        Optional<String> value = config.apply(setting.key());
        return value == null ? Optional.empty() : value.map(String::strip).filter(text -> !text.isEmpty())
                .map(text -> new Setting(setting.key(), text, null));
    }

    /** MicroProfile Config, else the annotation's attribute when not blank. */
    Optional<Setting> string(VismaSetting setting) {
        return fromConfig(setting).or(() -> fromAnnotation(setting));
    }

    /**
     * Like {@link #string}, for array attributes: the elements joined by spaces, read back by
     * {@link Setting#items()}. A value without items (only commas) counts as absent too.
     */
    Optional<Setting> list(VismaSetting setting) {
        return fromConfig(setting).filter(Lookup::hasItems)
                .or(() -> fromAnnotation(setting).filter(Lookup::hasItems));
    }

    /** The value as the reader takes it: a list for array attributes, else {@link #string}. */
    Optional<Setting> find(VismaSetting setting) {
        return setting.isListAttribute() ? list(setting) : string(setting);
    }

    private static boolean hasItems(Setting setting) {
        return !setting.items().isEmpty();
    }

    /**
     * Whether the annotation sets the setting's attribute to a blank value on purpose: for attributes whose
     * default is not empty ({@code dataSource}, {@code callerNameClaim}) that is a mistake rather than "use the
     * default".
     */
    boolean blankInAnnotation(VismaSetting setting) {
        return setting.annotationValue(annotation).filter(String::isBlank).isPresent();
    }

    private Optional<Setting> fromAnnotation(VismaSetting setting) {
        return setting.annotationValue(annotation).map(String::strip).filter(text -> !text.isEmpty())
                .map(text -> new Setting(setting.key(), text, setting.attribute().orElseThrow()));
    }
}

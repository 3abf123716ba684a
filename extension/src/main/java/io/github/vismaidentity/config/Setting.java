package io.github.vismaidentity.config;

import java.util.Arrays;
import java.util.List;

/**
 * One configured value, trimmed and never blank, with where it came from so that a message can point there.
 *
 * @param key       the MicroProfile Config key
 * @param text      the value
 * @param attribute the {@code @VismaIdentityDefinition} attribute it came from, null when from MicroProfile Config
 */
record Setting(String key, String text, String attribute) {

    /** Where to fix the value, for messages: the key and its environment variable, and the attribute if used. */
    String where() {
        return attribute == null
                ? Problems.named(key)
                : attribute + " on @VismaIdentityDefinition (or " + Problems.named(key) + ")";
    }

    /** The value as a list: items separated by spaces and/or commas, empty items dropped. */
    List<String> items() {
        return Arrays.stream(text.split("[\\s,]+")).filter(item -> !item.isEmpty()).toList();
    }

    @Override
    public String toString() {
        // Settings may hold the client secret or the encryption key: never show the text.
        return "Setting[" + key + "]";
    }
}

package io.github.vismaidentity.sample.web;

import io.github.vismaidentity.eaccounting.FieldError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Visma's field errors of a refused form, sorted for the page: each under the form field it names, and the ones
 * that name no field of the form (or none at all) together above the form, so that none is lost. The messages are
 * Visma's own ({@code Message}, else its {@code ErrorCode}); the page escapes them.
 */
public record FormErrors(Map<String, List<String>> byField, List<String> others) {

    /** No error: the form as first shown. */
    public static final FormErrors NONE = new FormErrors(Map.of(), List.of());

    public FormErrors {
        byField = Map.copyOf(byField);
        others = List.copyOf(others);
    }

    /**
     * {@code errors} sorted by the form's {@code fields} (Visma's property names, as the form's inputs are named).
     * Visma names a field as its schema spells it, sometimes with the object before it ({@code customer.Name}) or in
     * another case: the last part, in any case, decides.
     */
    static FormErrors of(List<FieldError> errors, Set<String> fields) {
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        fields.forEach(field -> byLowerCase.put(field.toLowerCase(Locale.ROOT), field));
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (FieldError error : errors) {
            String field = error.field() == null ? null : byLowerCase.get(lastPart(error.field()).toLowerCase(Locale.ROOT));
            String text = text(error);
            if (field == null) {
                others.add(error.field() == null || error.field().isBlank() ? text : error.field() + ": " + text);
            } else {
                byField.computeIfAbsent(field, name -> new ArrayList<>()).add(text);
            }
        }
        return new FormErrors(byField, others);
    }

    /** The messages for {@code field}, none when it has none: {@code ${errors.of('Name')}} on the page. */
    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** Whether there is any error to show. */
    public boolean any() {
        return !byField.isEmpty() || !others.isEmpty();
    }

    private static String lastPart(String field) {
        return field.substring(field.lastIndexOf('.') + 1).trim();
    }

    private static String text(FieldError error) {
        if (error.message() != null && !error.message().isBlank()) {
            return error.message();
        }
        return error.errorCode() == null || error.errorCode().isBlank() ? "Visma refused this value." : error.errorCode();
    }
}

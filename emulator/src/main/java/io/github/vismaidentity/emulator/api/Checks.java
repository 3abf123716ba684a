package io.github.vismaidentity.emulator.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Collects the field errors of one request body, in Visma's terms: {@code Required}, {@code MaxLength},
 * {@code InvalidValue}, {@code NotFound}; a create answers 400 with all of them at once, so a client fixes
 * its request in one go. Field names are the body's, rows as {@code Rows[0].ArticleId}.
 */
final class Checks {

    static final String REQUIRED = FieldError.REQUIRED;
    static final String MAX_LENGTH = FieldError.MAX_LENGTH;
    static final String INVALID_VALUE = FieldError.INVALID_VALUE;
    static final String NOT_FOUND = FieldError.NOT_FOUND;

    private final List<FieldError> problems = new ArrayList<>();

    /** What a create made of the body when it broke no rule; else Visma's 400 with every field error. */
    static <T> T accepted(Optional<T> made, Checks checks) throws ApiError {
        if (!checks.ok() || made.isEmpty()) {
            throw ApiError.validation(checks.problems().isEmpty()
                    ? List.of(new FieldError("", INVALID_VALUE, "The request body was refused")) : checks.problems());
        }
        return made.get();
    }

    List<FieldError> problems() {
        return List.copyOf(problems);
    }

    boolean ok() {
        return problems.isEmpty();
    }

    void add(String field, String code, String message) {
        problems.add(new FieldError(field, code, message));
    }

    void invalid(String field, String message) {
        add(field, INVALID_VALUE, message);
    }

    void notFound(String field, Object id, String what) {
        add(field, NOT_FOUND, field + " '" + id + "' names no " + what + " of this company");
    }

    /** A string that must be present and not blank, at most {@code max} characters; empty when it is not. */
    Optional<String> requiredText(Map<String, Object> body, String prefix, String field, int max) {
        Object value = body.get(field);
        if (value == null || value.toString().isBlank()) {
            add(prefix + field, REQUIRED, prefix + field + " is required");
            return Optional.empty();
        }
        return text(body, prefix, field, max);
    }

    /** Refuses {@code value} when another of the company's {@code kind}s has it in {@code field}. */
    void unique(String field, String value, Collection<Map<String, Object>> existing, String kind) {
        existing.stream().filter(other -> value.equals(other.get(field))).findFirst().ifPresent(taken ->
                invalid(field, field + " '" + value + "' is already used by " + kind + " '" + taken.get("Name")
                        + "': send another one"));
    }

    /** An optional string of at most {@code max} characters. */
    Optional<String> text(Map<String, Object> body, String prefix, String field, int max) {
        Object value = body.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            invalid(prefix + field, prefix + field + " must be a string");
            return Optional.empty();
        }
        if (text.length() > max) {
            add(prefix + field, MAX_LENGTH, prefix + field + " may have at most " + max + " characters, not "
                    + text.length());
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** A boolean the description marks required. */
    Optional<Boolean> requiredBoolean(Map<String, Object> body, String prefix, String field) {
        Object value = body.get(field);
        if (value == null) {
            add(prefix + field, REQUIRED, prefix + field + " is required (true or false)");
            return Optional.empty();
        }
        return bool(body, prefix, field);
    }

    Optional<Boolean> bool(Map<String, Object> body, String prefix, String field) {
        Object value = body.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Boolean flag) {
            return Optional.of(flag);
        }
        invalid(prefix + field, prefix + field + " must be true or false");
        return Optional.empty();
    }

    /** A whole number between {@code min} and {@code max}; {@code required} says whether it may be absent. */
    Optional<Long> whole(Map<String, Object> body, String prefix, String field, long min, long max, boolean required) {
        Object value = body.get(field);
        if (value == null) {
            if (required) {
                add(prefix + field, REQUIRED, prefix + field + " is required");
            }
            return Optional.empty();
        }
        Optional<BigDecimal> number = decimal(body, prefix, field, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
        if (number.isPresent() && number.get().stripTrailingZeros().scale() > 0) {
            invalid(prefix + field, prefix + field + " must be a whole number");
            return Optional.empty();
        }
        return number.map(BigDecimal::longValue);
    }

    /** An optional number between {@code min} and {@code max}. */
    Optional<BigDecimal> decimal(Map<String, Object> body, String prefix, String field, BigDecimal min, BigDecimal max) {
        Object value = body.get(field);
        if (value == null) {
            return Optional.empty();
        }
        BigDecimal number;
        try {
            if (!(value instanceof Number)) {
                throw new NumberFormatException();
            }
            number = JsonValues.decimal(value);
        } catch (NumberFormatException e) {
            invalid(prefix + field, prefix + field + " must be a number");
            return Optional.empty();
        }
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            invalid(prefix + field, prefix + field + " must be between " + min.toPlainString() + " and "
                    + max.toPlainString() + ", not " + number.toPlainString());
            return Optional.empty();
        }
        return Optional.of(number);
    }

    /** An amount with at most two decimals, between {@code min} and {@code max}. */
    Optional<BigDecimal> amount(Map<String, Object> body, String prefix, String field, BigDecimal min, BigDecimal max) {
        Optional<BigDecimal> amount = decimal(body, prefix, field, min, max);
        if (amount.isPresent() && amount.get().stripTrailingZeros().scale() > 2) {
            invalid(prefix + field, prefix + field + " may have at most 2 decimals, not " + amount.get().toPlainString());
            return Optional.empty();
        }
        return amount;
    }

    /** An id in a GUID's form; {@code required} says whether it may be absent. */
    Optional<String> id(Map<String, Object> body, String prefix, String field, boolean required) {
        Object value = body.get(field);
        if (value == null) {
            if (required) {
                add(prefix + field, REQUIRED, prefix + field + " is required");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.toString()).toString());
        } catch (IllegalArgumentException e) {
            invalid(prefix + field, prefix + field + " must be a GUID such as 0c9d8d0e-1b9f-4c4e-9d6a-6f2f2b0e1a11");
            return Optional.empty();
        }
    }

    /** An optional date, {@code 2024-01-31} with or without a time of day. */
    Optional<LocalDate> date(Map<String, Object> body, String prefix, String field) {
        Object value = body.get(field);
        try {
            return value == null ? Optional.empty() : Optional.of(JsonValues.readDate(value));
        } catch (DateTimeParseException e) {
            invalid(prefix + field, prefix + field + " must be a date such as 2024-01-31, not '" + value + "'");
            return Optional.empty();
        }
    }

    /** A JSON array of objects (rows); empty when absent, refused when something else. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows(Map<String, Object> body, String field, boolean required) {
        Object value = body.get(field);
        if (value == null || (value instanceof List<?> list && list.isEmpty())) {
            if (required) {
                add(field, REQUIRED, field + " needs at least one row");
            }
            return List.of();
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(Map.class::isInstance)) {
            invalid(field, field + " must be an array of objects");
            return List.of();
        }
        return (List<Map<String, Object>>) value;
    }
}

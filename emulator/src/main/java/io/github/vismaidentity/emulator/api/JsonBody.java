package io.github.vismaidentity.emulator.api;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A request's JSON object with typed reads that collect what is wrong, field by field, so that one
 * answer lists every invalid field (Visma's {@code Errors}). A read of a missing or null property is
 * empty; a value of the wrong type is an {@code InvalidValue} error. Call {@link #validate()} when done.
 */
final class JsonBody {

    private final Map<String, Object> json;
    private final List<FieldError> errors = new ArrayList<>();

    JsonBody(Map<String, Object> json) {
        this.json = json;
    }

    /** The body as a JSON object; anything else (empty, malformed, an array) is a 400 that says so. */
    static JsonBody parse(byte[] body) throws ApiError {
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.strip().startsWith("{")) { // Nimbus' parser reads [] as an empty object
            throw ApiError.badRequest("The request needs a JSON object as its body, {\"Name\": ...}");
        }
        try {
            return new JsonBody(JSONObjectUtils.parse(text));
        } catch (ParseException e) {
            throw ApiError.badRequest("The request body is not a JSON object: " + e.getMessage());
        }
    }

    /** The whole object, read-only, for resources that check their bodies with rules of their own. */
    Map<String, Object> asMap() {
        return java.util.Collections.unmodifiableMap(json);
    }

    boolean has(String name) {
        return json.get(name) != null;
    }

    Optional<String> string(String name) {
        Object value = json.get(name);
        if (value == null || value instanceof String) {
            return Optional.ofNullable((String) value);
        }
        return invalid(name, "a string");
    }

    Optional<Boolean> bool(String name) {
        Object value = json.get(name);
        if (value == null || value instanceof Boolean) {
            return Optional.ofNullable((Boolean) value);
        }
        return invalid(name, "true or false");
    }

    /** A number, exact as written for the decimals money has (JSON-P's double is turned back into its decimal). */
    Optional<BigDecimal> decimal(String name) {
        Object value = json.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number number) {
            return Optional.of(new BigDecimal(number.toString()));
        }
        return invalid(name, "a number");
    }

    Optional<Integer> integer(String name) {
        Object value = json.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number number && new BigDecimal(number.toString()).stripTrailingZeros().scale() <= 0) {
            return Optional.of(number.intValue());
        }
        return invalid(name, "a whole number");
    }

    Optional<UUID> uuid(String name) {
        return parsed(name, "a GUID like 0c9d2b54-3f0e-4ad4-9a2f-5a1f1b2c3d4e", UUID::fromString);
    }

    /** A date as {@code 2024-01-31} or with a time, {@code 2024-01-31T00:00:00}, as Visma sends them. */
    Optional<LocalDate> date(String name) {
        return parsed(name, "a date like 2024-01-31", text -> LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
    }

    Optional<Instant> instant(String name) {
        return parsed(name, "a UTC time like 2024-01-31T12:00:00Z", Instant::parse);
    }

    /** An array of strings; anything else is an {@code InvalidValue} error. */
    List<String> strings(String name) {
        Object value = json.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        invalid(name, "an array of strings");
        return List.of();
    }

    /** An array of JSON objects, each as its own body whose errors are named {@code Rows[0].Field}. */
    List<JsonBody> objects(String name) {
        Object value = json.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            invalid(name, "an array");
            return List.of();
        }
        List<JsonBody> items = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> object = (Map<String, Object>) map;
                items.add(new JsonBody(object));
            } else {
                invalid(name, "an array of objects");
                return List.of();
            }
        }
        return items;
    }

    /** Records a field error found by the caller's own rule. */
    void error(String field, String errorCode, String message) {
        errors.add(new FieldError(field, errorCode, message));
    }

    /** Required: present and, for a string, not blank. */
    void require(String... names) {
        for (String name : names) {
            Object value = json.get(name);
            if (value == null || value instanceof String text && text.isBlank()) {
                error(name, FieldError.REQUIRED, name + " is required");
            }
        }
    }

    /** At most {@code max} characters, as the description's {@code maxLength} says. */
    void maxLength(String name, int max) {
        if (json.get(name) instanceof String text && text.length() > max) {
            error(name, FieldError.MAX_LENGTH, name + " may have at most " + max + " characters, not " + text.length());
        }
    }

    /** Adds the errors of a nested body (a row), each field named {@code prefix.Field}. */
    void addNested(String prefix, JsonBody nested) {
        nested.errors.forEach(e -> errors.add(new FieldError(prefix + "." + e.field(), e.errorCode(), e.message())));
    }

    /** Throws Visma's 400 with every field error recorded so far, if any. */
    void validate() throws ApiError {
        if (!errors.isEmpty()) {
            throw ApiError.validation(errors);
        }
    }

    private <T> Optional<T> parsed(String name, String expected, java.util.function.Function<String, T> parser) {
        Object value = json.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            try {
                return Optional.of(parser.apply(text));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                return invalid(name, expected);
            }
        }
        return invalid(name, expected);
    }

    private <T> Optional<T> invalid(String name, String expected) {
        error(name, FieldError.INVALID_VALUE, name + " must be " + expected);
        return Optional.empty();
    }
}

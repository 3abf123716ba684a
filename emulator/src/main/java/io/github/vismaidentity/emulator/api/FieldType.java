package io.github.vismaidentity.emulator.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;

/**
 * The type of a field that {@code $filter} and {@code $orderby} may name: how a literal of the
 * query is written, and how a stored value (as the JSON shows it) compares with it.
 */
enum FieldType {
    /** A quoted literal, {@code 'O''Brien'}; compared ignoring case, as Visma's SQL Server does. */
    STRING("a quoted string like 'Acme'"),
    BOOLEAN("true or false"),
    /** Money and other decimals: {@code 100.50}. */
    NUMBER("a number like 100.50"),
    INTEGER("a whole number like 42"),
    DATE("a date like 2024-01-31"),
    INSTANT("a UTC time like 2024-01-31T12:00:00Z"),
    /** A GUID written plain, without quotes. */
    UUID("a GUID like 0c9d2b54-3f0e-4ad4-9a2f-5a1f1b2c3d4e");

    private static final Comparator<Object> ORDER = (a, b) -> a instanceof String x && b instanceof String y
            ? String.CASE_INSENSITIVE_ORDER.compare(x, y)
            : compareComparables(a, b);

    private final String expected;

    FieldType(String expected) {
        this.expected = expected;
    }

    /** What a literal of this type looks like, for an error message. */
    String expected() {
        return expected;
    }

    /** The literal's value, or null when it is not written as this type. */
    Object literal(String text, boolean quoted) {
        if (this == STRING) {
            return quoted ? text : null;
        }
        if (quoted) {
            return null;
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return null;
        }
    }

    /** A stored JSON value (string, number, boolean) as a comparable value of this type; null stays null. */
    Object stored(Object value) {
        if (value == null || this == STRING || this == BOOLEAN) {
            return value;
        }
        return parse(value.toString());
    }

    /** Orders two values of this type (nulls first, as SQL Server sorts ascending). */
    static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return ORDER.compare(a, b);
    }

    private Object parse(String text) {
        return switch (this) {
            case NUMBER, INTEGER -> integerOrDecimal(text);
            case DATE -> LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            case INSTANT -> instant(text);
            case UUID -> java.util.UUID.fromString(text);
            case BOOLEAN -> switch (text) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(text);
            };
            case STRING -> text;
        };
    }

    private BigDecimal integerOrDecimal(String text) {
        BigDecimal number = new BigDecimal(text);
        if (this == INTEGER && number.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(text);
        }
        return number;
    }

    /** {@code 2024-01-31T12:00:00Z}, with an offset, or without a zone (then UTC, as Visma's {@code ...Utc} fields are). */
    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareComparables(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y);
        }
        return ((Comparable) a).compareTo(b);
    }
}

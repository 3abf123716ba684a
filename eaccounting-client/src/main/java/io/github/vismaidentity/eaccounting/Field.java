package io.github.vismaidentity.eaccounting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A property Visma can filter and order a list by, with its Java type: each resource class has them as constants
 * ({@code Customers.NAME}, {@code CustomerInvoices.INVOICE_DATE}). Comparisons give a {@link Filter}:
 * <pre>{@code
 * Query.all().where(Customers.NAME.startsWith("Ac").and(Customers.IS_ACTIVE.eq(true))).orderBy(Customers.NAME)
 * }</pre>
 * A field Visma does not support for a list is refused by Visma (HTTP 400); the constants are the ones the client
 * supports.
 *
 * @param <T> the property's Java type
 */
public class Field<T> {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private final String name;
    private final Function<T, String> literal;

    private Field(String name, Function<T, String> literal) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A field name is a property name of Visma's JSON, letters and digits "
                    + "such as CustomerNumber, not '" + name + "'");
        }
        this.name = name;
        this.literal = literal;
    }

    /** A text property: values are quoted, {@code 'O''Brien'}. */
    public static Text string(String name) {
        return new Text(name);
    }

    /** A true/false property. */
    public static Field<Boolean> bool(String name) {
        return new Field<>(name, String::valueOf);
    }

    /** A decimal property (amounts), written in plain notation: {@code 100.50}. */
    public static Field<BigDecimal> number(String name) {
        return new Field<>(name, BigDecimal::toPlainString);
    }

    /** A whole-number property. */
    public static Field<Integer> integer(String name) {
        return new Field<>(name, String::valueOf);
    }

    /** A date property: {@code 2024-01-31}. */
    public static Field<LocalDate> date(String name) {
        return new Field<>(name, LocalDate::toString);
    }

    /** A UTC timestamp property ({@code ...Utc}): {@code 2024-01-31T12:00:00Z}. */
    public static Field<Instant> instant(String name) {
        return new Field<>(name, Instant::toString);
    }

    /** An id property, written plain: {@code CustomerId eq 0c9d...}. */
    public static Field<UUID> uuid(String name) {
        return new Field<>(name, UUID::toString);
    }

    /** The property's name in Visma's JSON. */
    public String name() {
        return name;
    }

    /** Equal to {@code value}. */
    public Filter eq(T value) {
        return compare("eq", value);
    }

    /** Not equal to {@code value}. */
    public Filter ne(T value) {
        return compare("ne", value);
    }

    /** Greater than {@code value}. */
    public Filter gt(T value) {
        return compare("gt", value);
    }

    /** Greater than or equal to {@code value}. */
    public Filter ge(T value) {
        return compare("ge", value);
    }

    /** Less than {@code value}. */
    public Filter lt(T value) {
        return compare("lt", value);
    }

    /** Less than or equal to {@code value}. */
    public Filter le(T value) {
        return compare("le", value);
    }

    private Filter compare(String operator, T value) {
        return Filter.comparison(name + " " + operator + " " + literal(value));
    }

    String literal(T value) {
        if (value == null) {
            throw new IllegalArgumentException("Compare " + name + " with a value, not null: Visma's $filter on this "
                    + "client takes values only");
        }
        return literal.apply(value);
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Field<?> that && that.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }

    /** A text property, which can also be searched: {@link #startsWith}, {@link #contains}. */
    public static final class Text extends Field<String> {

        private Text(String name) {
            super(name, Text::quoted);
        }

        /** Starts with {@code prefix}: {@code startswith(Name,'Ac')}. */
        public Filter startsWith(String prefix) {
            return Filter.comparison("startswith(" + name() + "," + literal(prefix) + ")");
        }

        /** Contains {@code part}: {@code contains(Name,'x')}. */
        public Filter contains(String part) {
            return Filter.comparison("contains(" + name() + "," + literal(part) + ")");
        }

        /** In single quotes, each quote inside doubled, as OData escapes. */
        private static String quoted(String value) {
            return "'" + value.replace("'", "''") + "'";
        }
    }
}

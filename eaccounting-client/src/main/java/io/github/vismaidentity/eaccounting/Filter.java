package io.github.vismaidentity.eaccounting;

import java.util.Objects;

/**
 * A condition of a {@code $filter}, made by a {@link Field} ({@code Customers.NAME.startsWith("Ac")}) and combined
 * with {@link #and}, {@link #or} and {@link #not}. Values are written as Visma reads them (strings quoted, a
 * {@code '} doubled), so no value can change the meaning of the filter.
 */
public final class Filter {

    private enum Kind { COMPARISON, AND, OR, NOT }

    private final Kind kind;
    private final String text;

    private Filter(Kind kind, String text) {
        this.kind = kind;
        this.text = text;
    }

    static Filter comparison(String text) {
        return new Filter(Kind.COMPARISON, text);
    }

    /** Both this and {@code other}: {@code A and B}; an {@code or} on either side is put in parentheses. */
    public Filter and(Filter other) {
        Objects.requireNonNull(other, "other");
        return new Filter(Kind.AND, operandOfAnd(this) + " and " + operandOfAnd(other));
    }

    /** This or {@code other}, or both: {@code A or B}. */
    public Filter or(Filter other) {
        Objects.requireNonNull(other, "other");
        return new Filter(Kind.OR, text + " or " + other.text);
    }

    /** Not {@code filter}: {@code not (A)}. */
    public static Filter not(Filter filter) {
        Objects.requireNonNull(filter, "filter");
        return new Filter(Kind.NOT, "not (" + filter.text + ")");
    }

    private static String operandOfAnd(Filter filter) {
        return filter.kind == Kind.OR ? "(" + filter.text + ")" : filter.text;
    }

    /** The {@code $filter} text, as sent. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Filter that && that.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}

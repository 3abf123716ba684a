package io.github.vismaidentity.eaccounting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * What to ask of a list: Visma's {@code $filter}, {@code $orderby}, {@code $select}, {@code $page} and
 * {@code $pagesize}. Immutable: each method returns a new query.
 * <pre>{@code
 * Query.all().where(Customers.IS_ACTIVE.eq(true)).orderByDescending(Customers.CHANGED_UTC).pageSize(100)
 * }</pre>
 * The raw methods take Visma's syntax as is, for what the typed fields do not cover; the caller then escapes values.
 */
public final class Query {

    /** The largest page Visma serves. */
    public static final int MAX_PAGE_SIZE = 1000;

    private static final Query ALL = new Query(null, List.of(), List.of(), null, null);

    private final String filter;
    private final List<String> orderBy;
    private final List<String> select;
    private final Integer page;
    private final Integer pageSize;

    private Query(String filter, List<String> orderBy, List<String> select, Integer page, Integer pageSize) {
        this.filter = filter;
        this.orderBy = List.copyOf(orderBy);
        this.select = List.copyOf(select);
        this.page = page;
        this.pageSize = pageSize;
    }

    /** Everything, in Visma's order, at Visma's default page size (the first page for a list call). */
    public static Query all() {
        return ALL;
    }

    /** Only the items matching {@code filter}; replaces an earlier filter (combine with {@link Filter#and}). */
    public Query where(Filter filter) {
        return rawFilter(Objects.requireNonNull(filter, "filter").toString());
    }

    /** Then by {@code field}, ascending. */
    public Query orderBy(Field<?> field) {
        return withOrder(Objects.requireNonNull(field, "field").name());
    }

    /** Then by {@code field}, descending. */
    public Query orderByDescending(Field<?> field) {
        return withOrder(Objects.requireNonNull(field, "field").name() + " desc");
    }

    /** Only these properties of each item (the others are null): {@code $select=Id,Name}. Replaces an earlier one. */
    public Query select(Field<?>... fields) {
        return rawSelect(Arrays.stream(fields).map(Field::name).collect(Collectors.joining(",")));
    }

    /** The page to list, from 1; a stream starts there. */
    public Query page(int page) {
        if (page < 1) {
            throw new IllegalArgumentException("Pages are counted from 1, not " + page);
        }
        return new Query(filter, orderBy, select, page, pageSize);
    }

    /** Items per page, 1 to {@value #MAX_PAGE_SIZE}; a stream without one uses {@value #MAX_PAGE_SIZE}. */
    public Query pageSize(int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_PAGE_SIZE + " items (Visma's limit), not "
                    + pageSize);
        }
        return new Query(filter, orderBy, select, page, pageSize);
    }

    /** A {@code $filter} in Visma's syntax, sent as is; replaces an earlier filter. Quote and escape values yourself. */
    public Query rawFilter(String filter) {
        return new Query(nonBlank(filter, "rawFilter"), orderBy, select, page, pageSize);
    }

    /** An {@code $orderby} in Visma's syntax ({@code Name desc,CustomerNumber}); replaces the order. */
    public Query rawOrderBy(String orderBy) {
        return new Query(filter, List.of(nonBlank(orderBy, "rawOrderBy")), select, page, pageSize);
    }

    /** A {@code $select} in Visma's syntax ({@code Id,Name}); replaces an earlier one. */
    public Query rawSelect(String select) {
        return new Query(filter, orderBy, List.of(nonBlank(select, "rawSelect")), page, pageSize);
    }

    /** The page asked for, if any. */
    public OptionalInt requestedPage() {
        return page == null ? OptionalInt.empty() : OptionalInt.of(page);
    }

    /** The page size asked for, if any. */
    public OptionalInt requestedPageSize() {
        return pageSize == null ? OptionalInt.empty() : OptionalInt.of(pageSize);
    }

    /** The query parameters as sent, not yet URL-encoded, in the order {@code $filter $orderby $select $page $pagesize}. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (filter != null) {
            parameters.put("$filter", filter);
        }
        if (!orderBy.isEmpty()) {
            parameters.put("$orderby", String.join(",", orderBy));
        }
        if (!select.isEmpty()) {
            parameters.put("$select", String.join(",", select));
        }
        if (page != null) {
            parameters.put("$page", page.toString());
        }
        if (pageSize != null) {
            parameters.put("$pagesize", pageSize.toString());
        }
        return parameters;
    }

    private Query withOrder(String term) {
        List<String> terms = new ArrayList<>(orderBy);
        terms.add(term);
        return new Query(filter, terms, select, page, pageSize);
    }

    private static String nonBlank(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " needs Visma's syntax, not an empty text");
        }
        return value;
    }

    @Override
    public String toString() {
        return "Query" + parameters();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Query that && that.parameters().equals(parameters());
    }

    @Override
    public int hashCode() {
        return parameters().hashCode();
    }
}

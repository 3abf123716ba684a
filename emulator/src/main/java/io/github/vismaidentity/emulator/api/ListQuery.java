package io.github.vismaidentity.emulator.api;

import io.github.vismaidentity.emulator.http.FormParameters;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A list call's query options, checked against the resource's {@link QueryFields}: {@code $filter},
 * {@code $orderby} ({@code Name desc,CustomerNumber}; ascending by default), {@code $select}
 * ({@code Id,Name}: only those properties in {@code Data}), {@code $page} (from 1, default 1) and
 * {@code $pagesize} (default 50, at most 1000: a larger size is served as 1000).
 */
final class ListQuery {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 1000;

    private final Predicate<Map<String, Object>> filter;
    private final Comparator<Map<String, Object>> order;
    private final List<String> select;
    private final int page;
    private final int pageSize;

    private ListQuery(Predicate<Map<String, Object>> filter, Comparator<Map<String, Object>> order, List<String> select,
                      int page, int pageSize) {
        this.filter = filter;
        this.order = order;
        this.select = select;
        this.page = page;
        this.pageSize = pageSize;
    }

    /** The query options of the call's URL; a malformed one is a 400 that says what to fix. */
    static ListQuery of(FormParameters query, QueryFields fields) throws ApiError {
        Optional<String> filter = query.get("$filter").filter(text -> !text.isBlank());
        Predicate<Map<String, Object>> condition = filter.isPresent() ? FilterParser.parse(filter.get(), fields) : item -> true;
        Comparator<Map<String, Object>> order = orderBy(query.get("$orderby").orElse(""), fields);
        List<String> select = select(query.get("$select").orElse(""), fields);
        int page = positive(query, "$page", 1);
        int pageSize = Math.min(positive(query, "$pagesize", DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
        return new ListQuery(condition, order, select, page, pageSize);
    }

    /**
     * Visma's list body for this query over the items (in their stored order): {@code Meta} with the
     * page, size, pages (at least 1) and results after the filter, and {@code Data} with that page,
     * each item rendered by {@code view}.
     */
    Map<String, Object> answer(List<Map<String, Object>> items, Function<Map<String, Object>, Map<String, Object>> view,
                               Instant now) {
        List<Map<String, Object>> matching = new ArrayList<>();
        for (Map<String, Object> item : items) {
            if (filter.test(item)) {
                matching.add(item);
            }
        }
        if (order != null) {
            matching.sort(order); // stable: ties keep the stored order
        }
        int pages = Math.max(1, (matching.size() + pageSize - 1) / pageSize);
        int from = (int) Math.min(matching.size(), (long) (page - 1) * pageSize);
        List<Map<String, Object>> data = new ArrayList<>();
        for (Map<String, Object> item : matching.subList(from, Math.min(matching.size(), from + pageSize))) {
            data.add(selected(view.apply(item)));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("CurrentPage", page);
        meta.put("PageSize", pageSize);
        meta.put("TotalNumberOfPages", pages);
        meta.put("TotalNumberOfResults", matching.size());
        meta.put("ServerTimeUtc", now.truncatedTo(ChronoUnit.SECONDS).toString());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Meta", meta);
        body.put("Data", data);
        return body;
    }

    private Map<String, Object> selected(Map<String, Object> item) {
        if (select.isEmpty()) {
            return item;
        }
        Map<String, Object> projected = new LinkedHashMap<>();
        select.forEach(name -> projected.put(name, item.get(name)));
        return projected;
    }

    private static Comparator<Map<String, Object>> orderBy(String orderBy, QueryFields fields) throws ApiError {
        Comparator<Map<String, Object>> order = null;
        for (String part : parts(orderBy)) {
            String[] words = part.split("\\s+");
            String direction = words.length > 1 ? words[1].toLowerCase(Locale.ROOT) : "asc";
            if (words.length > 2 || !direction.equals("asc") && !direction.equals("desc")) {
                throw ApiError.badRequest("$orderby: '" + part + "' must be a field name, optionally followed by asc or desc");
            }
            String name = words[0];
            FieldType type = fields.type(name).orElseThrow(() -> fields.unknownField("$orderby", name));
            Comparator<Map<String, Object>> byField = (a, b) -> FieldType.compare(type.stored(a.get(name)), type.stored(b.get(name)));
            byField = direction.equals("desc") ? byField.reversed() : byField;
            order = order == null ? byField : order.thenComparing(byField);
        }
        return order;
    }

    private static List<String> select(String select, QueryFields fields) throws ApiError {
        List<String> names = parts(select);
        for (String name : names) {
            if (!fields.properties().isEmpty() && !fields.properties().contains(name)) {
                throw ApiError.badRequest("$select: '" + name + "' is not a property of " + fields.resource());
            }
        }
        return names;
    }

    private static List<String> parts(String commaSeparated) throws ApiError {
        List<String> parts = new ArrayList<>();
        if (commaSeparated.isBlank()) {
            return parts;
        }
        for (String part : commaSeparated.split(",", -1)) {
            if (part.isBlank()) {
                throw ApiError.badRequest("An empty name in '" + commaSeparated + "': separate names with one comma");
            }
            parts.add(part.trim());
        }
        return parts;
    }

    private static int positive(FormParameters query, String name, int fallback) throws ApiError {
        String value = query.get(name).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ApiError.badRequest(name + " must be a whole number of 1 or more, not '" + value + "'");
    }
}

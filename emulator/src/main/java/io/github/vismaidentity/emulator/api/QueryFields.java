package io.github.vismaidentity.emulator.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a list resource lets a query use: the fields {@code $filter} and {@code $orderby} may name,
 * with their types, and the properties {@code $select} may name (every property the resource shows).
 *
 * @param resource   the resource's name in messages, for example {@code customers}
 * @param filterable the filterable and orderable fields by their JSON name, in the order messages list them
 * @param properties every JSON property of an item; empty to let {@code $select} name any
 */
record QueryFields(String resource, Map<String, FieldType> filterable, Set<String> properties) {

    QueryFields {
        filterable = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filterable));
        properties = Set.copyOf(properties);
    }

    /** Starts the fields of a resource: {@code QueryFields.of("customers").field("Name", STRING)...}. */
    static QueryFields of(String resource) {
        return new QueryFields(resource, Map.of(), Set.of());
    }

    QueryFields field(String name, FieldType type) {
        Map<String, FieldType> fields = new LinkedHashMap<>(filterable);
        fields.put(name, type);
        return new QueryFields(resource, fields, properties);
    }

    QueryFields properties(Set<String> names) {
        return new QueryFields(resource, filterable, names);
    }

    Optional<FieldType> type(String field) {
        return Optional.ofNullable(filterable.get(field));
    }

    /** The 400 for a field a query may not name, listing the ones it may. */
    ApiError unknownField(String option, String field) {
        return ApiError.badRequest(option + ": '" + field + "' is not a field " + resource
                + " can be filtered or ordered by; use one of " + String.join(", ", filterable.keySet()));
    }
}

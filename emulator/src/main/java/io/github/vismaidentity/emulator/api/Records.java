package io.github.vismaidentity.emulator.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One company's items of one resource, by id, in the order they were added (seeded first, then
 * created): the emulator's stand-in for a table. Thread-safe; each item is a JSON object (or a
 * compact form of one a resource renders with a view), never changed once put, replaced whole on a write.
 */
final class Records {

    private final Map<String, Map<String, Object>> byId = new LinkedHashMap<>();

    /** The items seeded, each keyed by its {@code Id} property. */
    Records(List<Map<String, Object>> seed) {
        seed.forEach(this::put);
    }

    /** Every item, in order: a snapshot later writes do not change. */
    synchronized List<Map<String, Object>> all() {
        return new ArrayList<>(byId.values());
    }

    synchronized Optional<Map<String, Object>> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The item with this id, or Visma's 404 naming {@code what} ("customer"). */
    Map<String, Object> require(String what, String id) throws ApiError {
        Optional<Map<String, Object>> item = get(id);
        if (item.isEmpty()) {
            throw ApiError.notFound(what, id);
        }
        return item.get();
    }

    synchronized boolean any(Predicate<Map<String, Object>> condition) {
        return byId.values().stream().anyMatch(condition);
    }

    /** Adds or replaces the item with the same {@code Id}; the caller hands the map over and changes it no more. */
    synchronized Map<String, Object> put(Map<String, Object> item) {
        byId.put(String.valueOf(item.get("Id")), item);
        return item;
    }

    /**
     * Runs a write under this table's lock: checks that see the current items (a unique number) and the
     * write they allow happen together, so two concurrent creates cannot both take the same number.
     */
    synchronized <T> T atomically(Write<T> write) throws ApiError {
        return write.apply(this);
    }

    /** A write that may refuse with Visma's error; see {@link #atomically}. */
    @FunctionalInterface
    interface Write<T> {
        T apply(Records records) throws ApiError;
    }

    /** Removes the item with this id; empty when there was none. */
    synchronized Optional<Map<String, Object>> remove(String id) {
        return Optional.ofNullable(byId.remove(id));
    }
}

package io.github.vismaidentity.emulator.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One resource's entities of one company, in the order they were created, by id (a GUID, in any case).
 * Entities are never changed in place: a change stores a changed copy, so a list handed out keeps being
 * safe to write as JSON while other requests go on.
 */
final class Entities {

    private final Map<String, Map<String, Object>> byId = new LinkedHashMap<>();

    Entities(List<Map<String, Object>> seeded) {
        seeded.forEach(this::add);
    }

    synchronized List<Map<String, Object>> list() {
        return List.copyOf(byId.values());
    }

    synchronized Optional<Map<String, Object>> get(String id) {
        return Optional.ofNullable(byId.get(key(id)));
    }

    synchronized void add(Map<String, Object> entity) {
        byId.put(key((String) entity.get("Id")), Collections.unmodifiableMap(new LinkedHashMap<>(entity)));
    }

    /** Replaces an entity by what {@code change} makes of a copy of it; false when there is none. */
    synchronized boolean change(String id, UnaryOperator<Map<String, Object>> change) {
        Map<String, Object> current = byId.get(key(id));
        if (current == null) {
            return false;
        }
        add(change.apply(new LinkedHashMap<>(current)));
        return true;
    }

    synchronized Optional<Map<String, Object>> remove(String id) {
        return Optional.ofNullable(byId.remove(key(id)));
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}

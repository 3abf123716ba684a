package io.github.vismaidentity.eaccounting.model;

import java.util.List;
import java.util.Objects;

/** The lists of the records: never null, no null items (Visma may send either), unmodifiable. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> withoutNulls(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}

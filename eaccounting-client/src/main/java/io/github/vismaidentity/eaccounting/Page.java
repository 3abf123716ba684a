package io.github.vismaidentity.eaccounting;

import java.util.List;
import java.util.Objects;

/**
 * One page of a list: its items and Visma's {@link Meta}. Ask for the next one with
 * {@code query.page(page.meta().currentPage() + 1)} while {@link #hasNext()}, or let a resource's {@code stream}
 * do it.
 *
 * @param items the page's items, in Visma's order
 * @param meta  where the page is in the list
 */
public record Page<T>(List<T> items, Meta meta) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
        Objects.requireNonNull(meta, "meta");
    }

    /** Whether a page follows this one. */
    public boolean hasNext() {
        return meta.currentPage() < meta.totalNumberOfPages();
    }
}

package io.github.vismaidentity.eaccounting.http;

import io.github.vismaidentity.eaccounting.Page;
import io.github.vismaidentity.eaccounting.Query;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy stream over every page of a list: the next page is fetched only when the items of the one before are
 * consumed, and only one page is held at a time. It starts at the query's page (else 1), at the query's page size
 * (else {@value Query#MAX_PAGE_SIZE}, the largest Visma serves), and stops after the page Visma reports as the last
 * ({@code TotalNumberOfPages}).
 */
final class PageStream<T> extends Spliterators.AbstractSpliterator<T> {

    private final Query query;
    private final Function<Query, Page<T>> fetch;
    private int nextPage;
    private Iterator<T> items;
    private boolean last;

    private PageStream(Query query, Function<Query, Page<T>> fetch) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.query = query.requestedPageSize().isPresent() ? query : query.pageSize(Query.MAX_PAGE_SIZE);
        this.fetch = fetch;
        this.nextPage = query.requestedPage().orElse(1);
    }

    static <T> Stream<T> of(Query query, Function<Query, Page<T>> fetch) {
        return StreamSupport.stream(new PageStream<>(query, fetch), false);
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        while (items == null || !items.hasNext()) {
            if (last) {
                return false;
            }
            Page<T> page = fetch.apply(query.page(nextPage));
            items = page.items().iterator();
            // an empty page also ends the stream: a list that shrank while it was read must not loop
            last = !page.hasNext() || page.items().isEmpty();
            nextPage = page.meta().currentPage() + 1;
        }
        action.accept(items.next());
        return true;
    }
}

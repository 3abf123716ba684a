package io.github.vismaidentity.eaccounting.resources;

import io.github.vismaidentity.eaccounting.Page;
import io.github.vismaidentity.eaccounting.Query;
import io.github.vismaidentity.eaccounting.http.ApiCalls;
import io.github.vismaidentity.eaccounting.http.Operation;

import java.util.Objects;
import java.util.stream.Stream;

/** What every list of the API offers: one page, or a lazy stream over all pages. */
abstract class Listing<T> {

    final ApiCalls calls;
    private final Operation listing;
    private final Class<T> item;

    Listing(ApiCalls calls, Operation listing, Class<T> item) {
        this.calls = Objects.requireNonNull(calls, "calls");
        this.listing = listing;
        this.item = item;
    }

    /**
     * One page: the query's page (else the first) at its page size (else Visma's default, 50).
     *
     * @throws io.github.vismaidentity.eaccounting.EAccountingException          a subtype saying what went wrong
     * @throws io.github.vismaidentity.VismaReauthenticationRequiredException    the user must sign in again
     */
    public Page<T> list(Query query) {
        return calls.list(listing, Objects.requireNonNull(query, "query"), item);
    }

    /** The first page, Visma's default order and size. */
    public Page<T> list() {
        return list(Query.all());
    }

    /**
     * Every item the query matches, fetched page by page (at the query's page size, else 1000, the largest) as the
     * stream is consumed; one page is held at a time, and a stream left early fetches no more. Each page is a call,
     * paced and mapped to exceptions as any other.
     */
    public Stream<T> stream(Query query) {
        return calls.stream(listing, Objects.requireNonNull(query, "query"), item);
    }

    /** One item by the operation's path parameters, each required. */
    <R> R one(Operation operation, Class<R> type, Object... ids) {
        for (Object id : ids) {
            Objects.requireNonNull(id, "id");
        }
        return calls.get(operation, type, ids);
    }

    /** Every item, page by page. */
    public Stream<T> stream() {
        return stream(Query.all());
    }
}

package io.github.vismaidentity.eaccounting;

import jakarta.json.bind.annotation.JsonbProperty;

import java.time.Instant;

/**
 * Visma's paging metadata of a list ({@code Meta}).
 *
 * @param currentPage          the page these items are, from 1
 * @param pageSize             the most items a page of this list holds
 * @param totalNumberOfPages   how many pages the list has at this page size
 * @param totalNumberOfResults how many items match the query
 * @param serverTimeUtc        Visma's time when it answered: use it, not the local clock, as the next
 *                             {@code ChangedUtc gt ...} of an incremental sync
 */
public record Meta(@JsonbProperty("CurrentPage") int currentPage, @JsonbProperty("PageSize") int pageSize,
                   @JsonbProperty("TotalNumberOfPages") int totalNumberOfPages,
                   @JsonbProperty("TotalNumberOfResults") int totalNumberOfResults,
                   @JsonbProperty("ServerTimeUtc") Instant serverTimeUtc) {
}

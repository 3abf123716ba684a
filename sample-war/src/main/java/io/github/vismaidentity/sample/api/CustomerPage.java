package io.github.vismaidentity.sample.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.List;

/** One page of {@code /v2/customers}: Visma pages with {@code $page} (from 1) and {@code $pagesize}. */
public record CustomerPage(List<Customer> customers, int page, int pages, int total) {

    static CustomerPage from(JsonObject json) {
        JsonObject meta = json.getJsonObject("Meta");
        List<Customer> customers = json.getJsonArray("Data").stream()
                .map(JsonValue::asJsonObject).map(Customer::from).toList();
        return new CustomerPage(customers, meta.getInt("CurrentPage", 1), meta.getInt("TotalNumberOfPages", 1),
                meta.getInt("TotalNumberOfResults", customers.size()));
    }

    /** Whether a page comes before this one. */
    public boolean hasPrevious() {
        return page > 1;
    }

    /** Whether a page comes after this one. */
    public boolean hasNext() {
        return page < pages;
    }
}

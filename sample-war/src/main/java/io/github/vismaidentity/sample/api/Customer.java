package io.github.vismaidentity.sample.api;

import jakarta.json.JsonObject;

/** One customer of {@code /v2/customers}, as the sample lists it. */
public record Customer(String number, String name, String email, boolean active) {

    static Customer from(JsonObject json) {
        return new Customer(json.getString("CustomerNumber", ""), json.getString("Name", ""),
                json.getString("EmailAddress", ""), json.getBoolean("IsActive", true));
    }
}

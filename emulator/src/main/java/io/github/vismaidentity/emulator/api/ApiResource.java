package io.github.vismaidentity.emulator.api;

/** A resource of the API (customers, terms of payment, ...): adds its operations to the routes. */
@FunctionalInterface
interface ApiResource {

    void register(ApiRoutes routes);
}

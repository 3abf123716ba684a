package io.github.vismaidentity.emulator.api;

import io.github.vismaidentity.emulator.http.HttpProblem;
import java.io.IOException;

/** What one operation does once the caller is authenticated, within the rate limit and holding a scope it accepts. */
@FunctionalInterface
interface ApiHandler {

    /** Answers through {@link ApiRequest#ok} or {@link ApiRequest#created}, or refuses with an {@link ApiError}. */
    void handle(ApiRequest request) throws IOException, ApiError, HttpProblem;
}

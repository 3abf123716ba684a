package io.github.vismaidentity.emulator.api;

import java.util.Set;

/**
 * One operation of the API: an HTTP method on a path template, the scopes it accepts (any one of
 * them, besides {@code ea:api}; none listed means {@code ea:api} alone) and its handler.
 */
record ApiOperation(String method, PathTemplate template, Set<String> acceptedScopes, ApiHandler handler) {

    ApiOperation {
        acceptedScopes = Set.copyOf(acceptedScopes);
    }

    /** {@code GET /v2/customers/{customerId}}, as messages name the operation. */
    String describe() {
        return method + " /v2/" + template.text();
    }
}

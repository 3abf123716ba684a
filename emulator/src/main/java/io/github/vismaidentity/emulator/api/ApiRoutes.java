package io.github.vismaidentity.emulator.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The API's operations, found by method and path: resources add theirs with {@link #get}, {@link #post},
 * {@link #put} and {@link #delete}; {@link #resolve} finds the one a request calls.
 */
final class ApiRoutes {

    /** What a request path and method lead to. */
    sealed interface Resolution {
    }

    /** The operation, with the path's parameters. */
    record Found(ApiOperation operation, Map<String, String> parameters) implements Resolution {
    }

    /** The path exists, but not with this method: HTTP 405 with these methods in {@code Allow}. */
    record WrongMethod(Set<String> allowed) implements Resolution {
    }

    /** No operation has this path. */
    record NoSuchPath() implements Resolution {
    }

    private final List<ApiOperation> operations = new ArrayList<>();

    ApiRoutes get(String template, Set<String> acceptedScopes, ApiHandler handler) {
        return add("GET", template, acceptedScopes, handler);
    }

    ApiRoutes post(String template, Set<String> acceptedScopes, ApiHandler handler) {
        return add("POST", template, acceptedScopes, handler);
    }

    ApiRoutes put(String template, Set<String> acceptedScopes, ApiHandler handler) {
        return add("PUT", template, acceptedScopes, handler);
    }

    ApiRoutes delete(String template, Set<String> acceptedScopes, ApiHandler handler) {
        return add("DELETE", template, acceptedScopes, handler);
    }

    private ApiRoutes add(String method, String template, Set<String> acceptedScopes, ApiHandler handler) {
        PathTemplate path = PathTemplate.of(template);
        for (ApiOperation operation : operations) {
            if (operation.method().equals(method) && operation.template().segments().equals(path.segments())) {
                throw new IllegalStateException(method + " /v2/" + template + " is registered twice");
            }
        }
        operations.add(new ApiOperation(method, path, acceptedScopes, handler));
        return this;
    }

    /**
     * The operation for a method and a path relative to {@code /v2/}. A literal segment wins over a
     * parameter ({@code customerinvoicedrafts/{id}/convert} is not {@code .../{id}/{other}}): the
     * operation registered first with a literal match is taken, so register literal paths first.
     */
    Resolution resolve(String method, String path) {
        Set<String> allowed = new TreeSet<>();
        for (ApiOperation operation : operations) {
            Optional<Map<String, String>> parameters = operation.template().match(path);
            if (parameters.isPresent()) {
                if (operation.method().equals(method)) {
                    return new Found(operation, parameters.get());
                }
                allowed.add(operation.method());
            }
        }
        return allowed.isEmpty() ? new NoSuchPath() : new WrongMethod(allowed);
    }

    /** Every operation, in the order registered. */
    List<ApiOperation> operations() {
        return List.copyOf(operations);
    }
}

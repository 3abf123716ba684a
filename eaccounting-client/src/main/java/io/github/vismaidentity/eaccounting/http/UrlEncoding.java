package io.github.vismaidentity.eaccounting.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Percent-encoding of path segments and query parameters, done here so JAX-RS reads no braces as templates. */
final class UrlEncoding {

    private UrlEncoding() {
    }

    /** Percent-encoded for a path segment or a query value: a space is {@code %20}, never {@code +}. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code ?$page=1&$pagesize=2} ({@code $} of OData's names kept as is), or empty without parameters. */
    static String query(Map<String, String> parameters) {
        return parameters.isEmpty() ? "" : parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()).replace("%24", "$") + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&", "?", ""));
    }
}

package io.github.vismaidentity.emulator.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A path relative to {@code /v2/} as Visma's description writes it, {@code customers/{customerId}}:
 * literal segments and named parameters, each parameter one whole, non-empty segment.
 */
record PathTemplate(String text, List<String> segments) {

    static PathTemplate of(String text) {
        if (text.startsWith("/") || text.endsWith("/") || text.contains("//")) {
            throw new IllegalArgumentException("A path template is relative to /v2/ with no empty segment: '" + text + "'");
        }
        return new PathTemplate(text, List.of(text.split("/")));
    }

    /** The parameters by name when the path (relative to {@code /v2/}) fits this template. */
    Optional<Map<String, String>> match(String path) {
        String[] parts = path.split("/", -1);
        if (parts.length != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String segment = segments.get(i);
            if (segment.startsWith("{") && segment.endsWith("}")) {
                if (parts[i].isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(segment.substring(1, segment.length() - 1), parts[i]);
            } else if (!segment.equalsIgnoreCase(parts[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }

    @Override
    public String toString() {
        return text;
    }
}

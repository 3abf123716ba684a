package io.github.vismaidentity.metrics;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Attribute values from a known, small set: each distinct value is a time series of its own, and an error code is
 * whatever Visma's answer said. Anything else is OpenTelemetry's {@code _OTHER}.
 */
final class AttributeValues {

    static final String OTHER = "_OTHER";

    private static final Pattern MESSAGE_ID = Pattern.compile("VISMAID\\d{4}");

    /** OAuth 2.0's token error codes (RFC 6749 section 5.2, and 4.1.2.1's two) and the extension's own kinds. */
    private static final Set<String> TOKEN_ENDPOINT_ERRORS = Set.of("invalid_request", "invalid_client",
            "invalid_grant", "unauthorized_client", "unsupported_grant_type", "invalid_scope", "server_error",
            "temporarily_unavailable", "timeout", "unreachable", "malformed");

    private AttributeValues() {
    }

    static String messageId(String messageId) {
        return messageId != null && MESSAGE_ID.matcher(messageId).matches() ? messageId : OTHER;
    }

    static String tokenEndpointError(String kind) {
        return kind != null && TOKEN_ENDPOINT_ERRORS.contains(kind) ? kind : OTHER;
    }
}

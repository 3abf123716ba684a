package io.github.vismaidentity.mechanism;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where to send the user after signing in: a path inside this application and nothing else, so a crafted
 * link cannot turn the sign-in into an open redirect (RFC 9700 §4.11). {@code https://evil},
 * {@code //evil}, {@code /\evil}, a scheme, a host, control characters or a path outside the context
 * root all fall back to the application's root. It travels in the sign-in cookie, so it is at most
 * {@value #MAX_LENGTH} characters: a longer one loses its query, or falls back to the root when even its path
 * is longer; three sign-in cookies then stay under 6 KB of the Cookie header.
 */
final class ReturnTo {

    static final int MAX_LENGTH = 1024;

    private ReturnTo() {
    }

    /**
     * @param candidate   the requested return path with its query, may be null
     * @param contextPath the application's context path ({@code ""} for the root application)
     */
    static String sanitize(String candidate, String contextPath) {
        String home = contextPath + "/";
        if (candidate == null || candidate.isEmpty() || candidate.length() > 2048 || !candidate.startsWith("/")
                || candidate.startsWith("//") || candidate.contains("\\") || hasControlCharacters(candidate)) {
            return home;
        }
        try {
            URI uri = new URI(candidate);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null
                    || !insideApplication(uri.normalize().getRawPath(), contextPath)) {
                return home;
            }
        } catch (URISyntaxException e) {
            return home;
        }
        if (candidate.length() <= MAX_LENGTH) {
            return candidate;
        }
        int query = candidate.indexOf('?');
        return query >= 0 && query <= MAX_LENGTH ? candidate.substring(0, query) : home;
    }

    private static boolean insideApplication(String path, String contextPath) {
        return contextPath.isEmpty() ? path.startsWith("/") && !path.startsWith("/..")
                : path.equals(contextPath) || path.startsWith(contextPath + "/");
    }

    private static boolean hasControlCharacters(String value) {
        return value.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }
}

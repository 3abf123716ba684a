package io.github.vismaidentity.config;

import io.github.vismaidentity.VismaIdentityDefinition;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rule for {@value VismaIdentityDefinition#ERROR_PATH}: a path within the application, forwarded to on the
 * server. Anything that could leave the application (a scheme, a host, {@code //}, {@code ..}) or that a
 * forward would not take as a page (a query, a fragment), or one of the extension's own paths, which would
 * answer the forward with another sign-in, is refused with what to write instead.
 */
final class ErrorPathRule {

    private static final String EXAMPLE = "/visma-error";

    private ErrorPathRule() {
    }

    /** The path, or empty after reporting why it cannot be one. */
    static Optional<String> check(Setting setting, Problems problems) {
        String path = setting.text();
        String prefix = setting.where() + " is '" + path + "', ";
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            problems.add(Problems.ERROR_PATH_NOT_IN_APP, prefix + "not a path within the application: it must "
                    + "start with a single '/' and name no scheme or host, such as " + EXAMPLE + " for "
                    + "https://app.example.com/<context>" + EXAMPLE + ".");
            return Optional.empty();
        }
        if (path.contains("?") || path.contains("#")) {
            problems.add(Problems.ERROR_PATH_QUERY, prefix + "a path with a query or fragment. Write the path "
                    + "alone, such as " + path.split("[?#]", 2)[0] + "; the page reads what happened from the "
                    + "request attributes io.github.vismaidentity.error.*.");
            return Optional.empty();
        }
        if (path.contains("%")
                || Arrays.stream(path.split("/")).anyMatch(segment -> segment.equals("..") || segment.equals("."))) {
            problems.add(Problems.ERROR_PATH_DOT_SEGMENT, prefix + "a path with a '.' or '..' segment or a "
                    + "percent-escape, which could hide one. Write the page's path from the context root without "
                    + "them, such as " + EXAMPLE + ".");
            return Optional.empty();
        }
        if (path.equals("/visma") || path.startsWith("/visma/")) {
            problems.add(Problems.ERROR_PATH_OWN, prefix + "under /visma/, where the extension's own sign-in, "
                    + "callback and sign-out paths are. Put the page elsewhere, such as " + EXAMPLE + ".");
            return Optional.empty();
        }
        return Optional.of(path);
    }
}

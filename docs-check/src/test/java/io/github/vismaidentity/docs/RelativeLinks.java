package io.github.vismaidentity.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks that every relative link of some Markdown pages leads somewhere: to a file or directory inside the
 * repository, and, when it has an anchor into a Markdown page, to one of that page's headings. Links with a
 * scheme ({@code https:}, {@code mailto:}, ...) are not looked at.
 */
final class RelativeLinks {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final Path root;
    private final Map<Path, Set<String>> anchors = new HashMap<>();

    RelativeLinks(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** One line per broken link, {@code page:line: target: what is wrong}; empty when every link leads somewhere. */
    List<String> problems(List<Path> pages) {
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            Path absolute = root.resolve(page).normalize();
            for (MarkdownLinks.Link link : MarkdownLinks.in(read(absolute))) {
                String problem = problem(absolute, link.target());
                if (problem != null) {
                    problems.add(root.relativize(absolute) + ":" + link.line() + ": " + link.target() + ": " + problem);
                }
            }
        }
        return problems;
    }

    private String problem(Path page, String target) {
        if (SCHEME.matcher(target).find()) {
            return null;
        }
        if (target.isEmpty()) {
            return "an empty link";
        }
        int hash = target.indexOf('#');
        String path = decoded(hash < 0 ? target : target.substring(0, hash));
        String anchor = hash < 0 ? null : decoded(target.substring(hash + 1));
        Path resolved = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!resolved.startsWith(root)) {
            return "leads outside the repository";
        }
        if (!Files.exists(resolved)) {
            return root.relativize(resolved) + " does not exist";
        }
        if (anchor != null && resolved.toString().endsWith(".md") && Files.isRegularFile(resolved)
                && !anchorsOf(resolved).contains(anchor)) {
            return "no heading of " + root.relativize(resolved) + " has the anchor #" + anchor;
        }
        return null;
    }

    /** Percent-escapes decoded; a {@code +} in a URL's path is a plus, not a space. */
    private static String decoded(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private Set<String> anchorsOf(Path page) {
        return anchors.computeIfAbsent(page, any -> GitHubAnchors.of(read(page)));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

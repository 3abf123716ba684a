package io.github.vismaidentity.docs;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The anchors GitHub gives a Markdown page's headings: the heading's text as rendered, in lower case, with
 * every character but letters, digits, spaces, {@code -} and {@code _} dropped and each space turned into
 * {@code -}; a slug seen before gets {@code -1}, {@code -2}, ... Explicit HTML anchors
 * ({@code <a name="x">}, {@code id="x"}) count too.
 */
final class GitHubAnchors {

    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}(?:\\s+(.*?))?(?:\\s+#+)?\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])|\\*+");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s[^>]*(?:name|id)=\"([^\"]+)\"");
    private static final Pattern DROPPED = Pattern.compile("[^\\p{L}\\p{N}\\p{M} _-]");

    private GitHubAnchors() {
    }

    static Set<String> of(String page) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        String previous = null;
        for (MarkdownText.Line line : MarkdownText.outsideFences(page)) {
            String text = line.text();
            Matcher atx = ATX_HEADING.matcher(text);
            if (atx.matches()) {
                anchors.add(unique(slug(atx.group(1) == null ? "" : atx.group(1)), seen));
            } else if (previous != null && !previous.isBlank() && SETEXT_UNDERLINE.matcher(text).matches()
                    && !previous.strip().startsWith("|") && !previous.strip().startsWith("-")) {
                anchors.add(unique(slug(previous), seen));
            }
            HTML_ANCHOR.matcher(text).results().forEach(anchor -> anchors.add(anchor.group(1)));
            previous = text;
        }
        return anchors;
    }

    /** The slug of one heading's Markdown text, before duplicates are numbered. */
    static String slug(String heading) {
        String text = LINK.matcher(heading.strip()).replaceAll(link -> Matcher.quoteReplacement(link.group(1)));
        StringBuilder rendered = new StringBuilder();
        Matcher code = MarkdownText.CODE_SPAN.matcher(text);
        int last = 0;
        while (code.find()) {
            rendered.append(withoutMarkup(text.substring(last, code.start()))).append(code.group(2));
            last = code.end();
        }
        rendered.append(withoutMarkup(text.substring(last)));
        return DROPPED.matcher(rendered.toString().toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
    }

    /** Outside code, HTML tags and emphasis markers are markup, not text. */
    private static String withoutMarkup(String text) {
        return EMPHASIS.matcher(HTML_TAG.matcher(text).replaceAll("")).replaceAll("");
    }

    private static String unique(String slug, Map<String, Integer> seen) {
        Integer count = seen.get(slug);
        seen.put(slug, count == null ? 1 : count + 1);
        return count == null ? slug : slug + "-" + count;
    }
}

package io.github.vismaidentity.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The link destinations of a Markdown page: inline links and images ({@code [text](target "title")}) and
 * reference definitions ({@code [label]: target}), outside fenced code blocks and inline code.
 */
final class MarkdownLinks {

    private static final Pattern INLINE = Pattern.compile("\\]\\(\\s*(<[^>]*>|[^\\s()]*(?:\\([^\\s()]*\\)[^\\s()]*)*)");
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*(<[^>]*>|\\S+)");

    record Link(int line, String target) {
    }

    private MarkdownLinks() {
    }

    static List<Link> in(String page) {
        List<Link> links = new ArrayList<>();
        for (MarkdownText.Line line : MarkdownText.outsideFences(page)) {
            String text = MarkdownText.withoutCodeSpans(line.text());
            Matcher definition = DEFINITION.matcher(text);
            if (definition.find()) {
                links.add(new Link(line.number(), unbracketed(definition.group(1))));
            }
            Matcher inline = INLINE.matcher(text);
            while (inline.find()) {
                links.add(new Link(line.number(), unbracketed(inline.group(1))));
            }
        }
        return links;
    }

    private static String unbracketed(String target) {
        return target.startsWith("<") && target.endsWith(">") ? target.substring(1, target.length() - 1) : target;
    }
}

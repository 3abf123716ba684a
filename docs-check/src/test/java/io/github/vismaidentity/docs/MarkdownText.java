package io.github.vismaidentity.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The lines of a Markdown page that are not inside a fenced code block, where neither links nor headings count. */
final class MarkdownText {

    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})");
    static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");

    record Line(int number, String text) {
    }

    private MarkdownText() {
    }

    static List<Line> outsideFences(String page) {
        List<Line> lines = new ArrayList<>();
        String open = null;
        String[] all = page.split("\n", -1);
        for (int index = 0; index < all.length; index++) {
            String text = all[index];
            Matcher fence = FENCE.matcher(text);
            if (open == null && fence.find()) {
                open = fence.group(1);
            } else if (open != null) {
                if (fence.find() && fence.group(1).charAt(0) == open.charAt(0)
                        && fence.group(1).length() >= open.length() && text.strip().equals(fence.group(1))) {
                    open = null;
                }
            } else {
                lines.add(new Line(index + 1, text));
            }
        }
        return lines;
    }

    /** The line with each inline code span blanked out, so a link shown as code is no link. */
    static String withoutCodeSpans(String line) {
        return CODE_SPAN.matcher(line).replaceAll(span -> " ".repeat(span.group().length()));
    }

    /** The line with each inline code span replaced by its content, as GitHub renders a heading's text. */
    static String codeSpansAsText(String line) {
        return CODE_SPAN.matcher(line).replaceAll(span -> Matcher.quoteReplacement(span.group(2)));
    }
}

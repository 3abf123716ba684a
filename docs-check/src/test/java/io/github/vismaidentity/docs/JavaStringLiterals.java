package io.github.vismaidentity.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source file, text blocks included, with their escapes translated.
 * Comments and character literals are skipped, so a {@code "VISMAID..."} in a comment or a {@code '"'}
 * does not start a literal. A scanner rather than a regular expression because both can hide quotes.
 */
final class JavaStringLiterals {

    private static final String TEXT_BLOCK = "\"\"\"";

    private final String source;
    private int at;

    private JavaStringLiterals(String source) {
        this.source = unicodeEscapesTranslated(source);
    }

    static List<String> in(String source) {
        return new JavaStringLiterals(source).scan();
    }

    private List<String> scan() {
        List<String> literals = new ArrayList<>();
        while (at < source.length()) {
            if (source.startsWith("//", at)) {
                skipPast("\n");
            } else if (source.startsWith("/*", at)) {
                at += 2;
                skipPast("*/");
            } else if (source.startsWith(TEXT_BLOCK, at)) {
                literals.add(textBlock());
            } else if (source.charAt(at) == '"') {
                literals.add(quoted());
            } else if (source.charAt(at) == '\'') {
                skipCharacterLiteral();
            } else {
                at++;
            }
        }
        return literals;
    }

    private void skipPast(String end) {
        int found = source.indexOf(end, at);
        at = found < 0 ? source.length() : found + end.length();
    }

    private void skipCharacterLiteral() {
        at = closing('\'') + 1;
    }

    /** The closing quote's index, a backslash escaping the character after it; a line's end if it has none. */
    private int closing(char quote) {
        int end = at + 1;
        while (end < source.length() && source.charAt(end) != quote && source.charAt(end) != '\n') {
            end += source.charAt(end) == '\\' ? 2 : 1;
        }
        return Math.min(end, source.length());
    }

    /**
     * The compiler reads {@code \\uXXXX} as that character before anything else (JLS 3.3), in literals and
     * code alike; a backslash escaped by another one starts none.
     */
    static String unicodeEscapesTranslated(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int backslashes = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < source.length() && source.charAt(i + 1) == 'u') {
                int hex = i + 1;
                while (hex < source.length() && source.charAt(hex) == 'u') {
                    hex++;
                }
                if (hex + 4 <= source.length() && source.substring(hex, hex + 4).matches("[0-9A-Fa-f]{4}")) {
                    out.append((char) Integer.parseInt(source.substring(hex, hex + 4), 16));
                    i = hex + 3;
                    backslashes = 0;
                    continue;
                }
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            out.append(c);
        }
        return out.toString();
    }

    private String quoted() {
        int end = closing('"');
        String raw = source.substring(at + 1, end);
        at = end + 1;
        return raw.translateEscapes();
    }

    /** A text block's content starts after the line break that follows its opening quotes (JLS 3.10.6). */
    private String textBlock() {
        at += TEXT_BLOCK.length();
        skipPast("\n");
        int start = at;
        while (at < source.length() && !source.startsWith(TEXT_BLOCK, at)) {
            at += source.charAt(at) == '\\' ? 2 : 1;
        }
        String raw = source.substring(start, Math.min(at, source.length()));
        at += TEXT_BLOCK.length();
        return raw.stripIndent().translateEscapes();
    }
}

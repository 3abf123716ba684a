package io.github.vismaidentity.protocol;

/**
 * Makes a value from a request safe to put into a log line or a message: control characters (CR, LF, tab,
 * the C1 range, Unicode line and paragraph separators) become {@code \\uXXXX}, so a crafted {@code iss} or
 * {@code error_description} can never start a second log line, and the value is cut at {@link #MAX_LENGTH}
 * characters so it cannot flood the log.
 */
public final class LogSafe {

    /** The most characters of one value that reach a log line. */
    public static final int MAX_LENGTH = 200;

    private LogSafe() {
    }

    /** The value neutralised and bounded to {@link #MAX_LENGTH} characters; {@code "null"} for null. */
    public static String of(Object value) {
        return of(value, MAX_LENGTH);
    }

    /** The value neutralised and bounded to {@code max} characters; {@code "null"} for null. */
    public static String of(Object value, int max) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 16);
        for (int i = 0; i < text.length() && i < max; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (text.length() > max) {
            out.append("...(").append(text.length()).append(" characters)");
        }
        return out.toString();
    }
}

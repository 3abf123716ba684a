package io.github.vismaidentity.emulator.http;

/** Builds the emulator's small HTML pages; every value that reaches a page goes through {@link #escape}. */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A whole page; {@code title} is escaped here, {@code body} must already be safe HTML. */
    public static String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                body { font-family: system-ui, sans-serif; max-width: 32rem; margin: 3rem auto; padding: 0 1rem; color: #1b2733; }
                header { color: #0c5c8a; font-weight: 600; margin-bottom: 1.5rem; }
                label { display: block; margin: 0.8rem 0 0.2rem; }
                input[type=text], input[type=password] { width: 100%%; padding: 0.5rem; box-sizing: border-box; }
                button { margin-top: 1rem; padding: 0.5rem 1.2rem; background: #0c5c8a; color: white; border: 0; border-radius: 4px; }
                .error { color: #a0001c; background: #fdecee; padding: 0.6rem; border-radius: 4px; }
                .company { display: block; margin: 0.5rem 0; }
                code { background: #eef2f5; padding: 0 0.2rem; }
                </style>
                </head>
                <body>
                <header>Visma eAccounting emulator</header>
                <h1>%s</h1>
                %s
                </body>
                </html>
                """.formatted(escape(title), escape(title), body);
    }
}

package io.github.vismaidentity.docs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JavaStringLiteralsTest {

    @Test
    void findsEachLiteralWithItsEscapesTranslated() {
        String source = """
                class A {
                    String a = "VISMAID1001: no client id";
                    String b = "say \\"hi\\"" + "C:\\\\";
                }
                """;

        assertThat(JavaStringLiterals.in(source)).containsExactly("VISMAID1001: no client id", "say \"hi\"", "C:\\");
    }

    @Test
    void skipsLineAndBlockComments() {
        String source = """
                // "VISMAID9001" in a line comment
                /* "VISMAID9002" in a block comment, "and a quote */
                /** javadoc {@code "VISMAID9003"} */
                String a = "kept"; // "VISMAID9004"
                """;

        assertThat(JavaStringLiterals.in(source)).containsExactly("kept");
    }

    @Test
    void aCommentMarkerInsideALiteralIsText() {
        String source = """
                String url = "https://identity.vismaonline.com";
                String glob = "/*";
                String after = "after";
                """;

        assertThat(JavaStringLiterals.in(source)).containsExactly("https://identity.vismaonline.com", "/*", "after");
    }

    @Test
    void aQuoteInACharacterLiteralStartsNoString() {
        String source = """
                char q = '"'; char e = '\\''; char b = '\\\\';
                String s = "VISMAID1002";
                """;

        assertThat(JavaStringLiterals.in(source)).containsExactly("VISMAID1002");
    }

    @Test
    void readsATextBlockFromTheLineAfterItsQuotesWithoutItsIndent() {
        String q = "\"\"\"";
        String source = "String s = " + q + "\n"
                + "        VISMAID3001: a table is missing; \"quoted\", \"\"twice\"\" and \\" + q + " inside\n"
                + "          second line\n"
                + "        " + q + ";\n"
                + "String t = \"after\";\n";

        assertThat(JavaStringLiterals.in(source)).containsExactly(
                "VISMAID3001: a table is missing; \"quoted\", \"\"twice\"\" and " + q + " inside\n  second line\n",
                "after");
    }

    @Test
    void readsUnicodeEscapesAsTheCompilerDoesButNotEscapedBackslashes() {
        String source = """
                char separator = '\\u2028';
                String id = "\\u0056ISMAID1001";
                String format = "\\\\u%04x";
                """;

        assertThat(JavaStringLiterals.in(source)).containsExactly("VISMAID1001", "\\u%04x");
    }

    @Test
    void anUnterminatedCommentOrLiteralEndsTheScan() {
        assertThat(JavaStringLiterals.in("String s = \"open")).containsExactly("open");
        assertThat(JavaStringLiterals.in("/* \"never closed")).isEmpty();
    }
}

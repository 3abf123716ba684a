package io.github.vismaidentity.benchmarks.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The page every variant of the side-by-side run serves, byte for byte the same size: about 4 KB of HTML
 * whose only variable part is the caller's name, padded to a fixed width. The load driver checks the name
 * in every response, so a variant whose session broke (and that answers with a redirect to the identity
 * server) cannot pass for a fast one.
 */
@WebServlet("/page")
public class PageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Width of the caller field: the name, or {@code anonymous}, padded with spaces. */
    static final int NAME_WIDTH = 64;

    private static final String HEAD = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Benchmark page</title></head><body><h1>Benchmark page</h1><p id=\"caller\">caller=";
    private static final String FILLER = "<p>" + "lorem ipsum dolor sit amet ".repeat(140) + "</p>";
    private static final String TAIL = "</p>" + FILLER + "</body></html>\n";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String caller = request.getRemoteUser();
        byte[] body = page(caller == null ? "anonymous" : caller);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    static byte[] page(String caller) {
        String name = caller.length() > NAME_WIDTH ? caller.substring(0, NAME_WIDTH) : caller;
        return (HEAD + name + " ".repeat(NAME_WIDTH - name.length()) + TAIL).getBytes(StandardCharsets.UTF_8);
    }
}

package io.github.vismaidentity.mechanism;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes a whole, uncached answer of the mechanism and commits it, so the container does not replace it. */
final class Responses {

    private Responses() {
    }

    static void write(HttpServletResponse response, int status, String contentType, String body) throws IOException {
        response.setStatus(status);
        NoStore.apply(response);
        response.setContentType(contentType + ";charset=UTF-8");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }
}

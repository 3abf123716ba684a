package io.github.vismaidentity.mechanism;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The response the application's error page writes into: its body is kept here, not sent, until the page has
 * finished without failing, so that a page that is missing (the container's {@code sendError(404)}), calls
 * {@code sendError} or throws leaves the real response untouched for the built-in page. Headers and the status
 * pass through. The body is bounded: an error page larger than {@link #LIMIT} counts as failed.
 */
final class PageCapture extends HttpServletResponseWrapper {

    static final int LIMIT = 1024 * 1024;

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;
    private Integer errorSent;
    private boolean overflowed;

    PageCapture(HttpServletResponse response) {
        super(response);
    }

    /** Why the page is not usable, for the log; empty when it finished and wrote a body that can be sent. */
    Optional<String> failure() {
        if (errorSent != null) {
            return Optional.of("it answered with sendError(" + errorSent + ")"
                    + (errorSent == SC_NOT_FOUND ? ": no page at that path" : ""));
        }
        return overflowed ? Optional.of("it wrote more than " + LIMIT + " bytes") : Optional.empty();
    }

    /** Sends what the page wrote through the real response and commits it. */
    void sendBody() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        HttpServletResponse real = (HttpServletResponse) getResponse();
        try {
            real.getOutputStream().write(body.toByteArray());
        } catch (IllegalStateException writerInUse) {
            // The page that failed before the forward took the writer: go through it, in the same encoding.
            real.getWriter().write(body.toString(charset()));
        }
        real.flushBuffer();
    }

    @Override
    public void sendError(int status) {
        errorSent = status;
    }

    @Override
    public void sendError(int status, String message) {
        errorSent = status;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new Capturing();
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset()));
        }
        return writer;
    }

    // The page must not commit the real response: what it wrote may still be replaced by the built-in page.
    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void resetBuffer() {
        body.reset();
        super.resetBuffer();
    }

    @Override
    public void reset() {
        body.reset();
        super.reset();
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    private Charset charset() {
        String name = getCharacterEncoding();
        return name == null ? StandardCharsets.ISO_8859_1 : Charset.forName(name);
    }

    private final class Capturing extends ServletOutputStream {

        @Override
        public void write(int b) {
            if (body.size() >= LIMIT) {
                overflowed = true;
                return;
            }
            body.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (body.size() + length > LIMIT) {
                overflowed = true;
                return;
            }
            body.write(bytes, offset, length);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new IllegalStateException("The error page is written synchronously");
        }
    }
}

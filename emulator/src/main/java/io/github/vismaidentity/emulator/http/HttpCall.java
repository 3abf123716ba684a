package io.github.vismaidentity.emulator.http;

import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import io.github.vismaidentity.emulator.control.Fault;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpCookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request and its response, on top of the JDK's {@link HttpExchange}: strict parameter parsing,
 * a bounded body, and responses that honour an injected {@link Fault.DropResponse},
 * {@link Fault.TruncateResponse}, {@link Fault.StallBody} or {@link Fault.OversizedBody}.
 */
public final class HttpCall {

    private final HttpExchange exchange;
    private final URI baseUri;
    private final int maxBodyBytes;
    private Fault responseFault;
    private byte[] body;
    private boolean responded;

    public HttpCall(HttpExchange exchange, URI baseUri, int maxBodyBytes) {
        this.exchange = exchange;
        this.baseUri = baseUri;
        this.maxBodyBytes = maxBodyBytes;
    }

    public String method() {
        return exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    }

    public String path() {
        return exchange.getRequestURI().getPath();
    }

    /** The absolute URI of this request, as a client addressed it. */
    public URI requestUri() {
        return baseUri.resolve(exchange.getRequestURI().getRawPath());
    }

    public URI baseUri() {
        return baseUri;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    public FormParameters query() throws HttpProblem {
        return FormParameters.parse(exchange.getRequestURI().getRawQuery());
    }

    /** The request body, at most the configured number of bytes; a larger body is refused. */
    public byte[] body() throws HttpProblem {
        if (body == null) {
            try (InputStream in = exchange.getRequestBody()) {
                byte[] read = in.readNBytes(maxBodyBytes + 1);
                if (read.length > maxBodyBytes) {
                    throw HttpProblem.invalidRequest("Request body larger than " + maxBodyBytes + " bytes");
                }
                body = read;
            } catch (IOException e) {
                throw HttpProblem.invalidRequest("Request body could not be read");
            }
        }
        return body;
    }

    /** True when the request says its body is {@code application/x-www-form-urlencoded}. */
    public boolean hasFormBody() {
        return header("Content-Type")
                .map(type -> type.split(";", 2)[0].trim().equalsIgnoreCase("application/x-www-form-urlencoded"))
                .orElse(false);
    }

    /** The form-encoded body, or {@code invalid_request} when the body is anything else. */
    public FormParameters form() throws HttpProblem {
        if (!hasFormBody()) {
            throw HttpProblem.invalidRequest("Content-Type must be application/x-www-form-urlencoded");
        }
        return FormParameters.parse(new String(body(), StandardCharsets.UTF_8));
    }

    public Optional<String> cookie(String name) {
        List<String> headers = exchange.getRequestHeaders().getOrDefault("Cookie", List.of());
        for (String header : headers) {
            for (String part : header.split(";")) {
                String[] pair = part.trim().split("=", 2);
                if (pair.length == 2 && pair[0].equals(name)) {
                    return Optional.of(pair[1]);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Sets an HttpOnly, SameSite=Lax cookie on the whole site; {@code maxAgeSeconds} 0 deletes it,
     * a negative value makes it last as long as the browser session.
     */
    public void setCookie(String name, String value, long maxAgeSeconds) {
        HttpCookie checked = new HttpCookie(name, value); // rejects illegal cookie names
        addHeader("Set-Cookie", checked.getName() + "=" + value + "; Path=/; HttpOnly; SameSite=Lax"
                + (maxAgeSeconds < 0 ? "" : "; Max-Age=" + maxAgeSeconds));
    }

    public void addHeader(String name, String value) {
        exchange.getResponseHeaders().add(name, value);
    }

    /** Arms a fault that the next response of this call obeys. */
    public void interceptResponse(Fault fault) {
        this.responseFault = fault;
    }

    public boolean responded() {
        return responded;
    }

    public void json(int status, String json) throws IOException {
        addHeader("Cache-Control", "no-store");
        respond(status, "application/json; charset=utf-8", json);
    }

    /** An HTML page, never cached, never leaking its URL in a Referer, never framed. */
    public void html(int status, String html) throws IOException {
        addHeader("Cache-Control", "no-store");
        addHeader("Pragma", "no-cache");
        addHeader("Referrer-Policy", "no-referrer");
        addHeader("X-Frame-Options", "DENY");
        addHeader("Content-Security-Policy", "default-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'");
        respond(status, "text/html; charset=utf-8", html);
    }

    public void redirect(URI location) throws IOException {
        addHeader("Location", location.toString());
        addHeader("Cache-Control", "no-store");
        addHeader("Referrer-Policy", "no-referrer");
        respond(302, null, "");
    }

    /** Sends a response the Nimbus SDK built (token, error, metadata). */
    public void send(HTTPResponse response) throws IOException {
        response.getHeaderMap().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> addHeader(name, value));
            }
        });
        String contentType = response.getHeaderValue("Content-Type");
        respond(response.getStatusCode(), contentType, response.getBody() == null ? "" : response.getBody());
    }

    public void respond(int status, String contentType, String text) throws IOException {
        if (responded) {
            throw new IllegalStateException("Response already sent");
        }
        responded = true;
        if (responseFault instanceof Fault.DropResponse) {
            return; // closing the exchange without a status line drops the connection
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (responseFault instanceof Fault.TruncateResponse) {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        }
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        boolean head = method().equals("HEAD");
        if (!head && responseFault instanceof Fault.StallBody stall) {
            stallAfterHalf(status, bytes, stall.stall());
            return;
        }
        long padding = !head && responseFault instanceof Fault.OversizedBody oversized
                ? Math.max(0, oversized.bytes() - bytes.length) : 0;
        long length = bytes.length + padding;
        exchange.sendResponseHeaders(status, length == 0 || head ? -1 : length);
        if (length > 0 && !head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
                writeSpaces(out, padding);
            }
        }
    }

    /** Headers with the full length and half the body, then silence; closing then cuts the body short. */
    private void stallAfterHalf(int status, byte[] bytes, java.time.Duration stall) throws IOException {
        exchange.sendResponseHeaders(status, Math.max(bytes.length, 1));
        OutputStream out = exchange.getResponseBody();
        out.write(bytes, 0, bytes.length / 2);
        out.flush();
        try {
            Thread.sleep(stall.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the emulator stops: the connection closes with the body unfinished
        }
    }

    /** Streams the padding, so an oversized body never sits in the emulator's memory. */
    private static void writeSpaces(OutputStream out, long count) throws IOException {
        byte[] spaces = new byte[8192];
        java.util.Arrays.fill(spaces, (byte) ' ');
        for (long left = count; left > 0; left -= spaces.length) {
            out.write(spaces, 0, (int) Math.min(spaces.length, left));
        }
    }

    /** This request as the Nimbus SDK's parsers take it: method, URL, headers and body (not the query). */
    public HTTPRequest toNimbusRequest() throws HttpProblem {
        HTTPRequest request = new HTTPRequest(HTTPRequest.Method.valueOf(method()), requestUri());
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            request.setHeader(header.getKey(), header.getValue().toArray(String[]::new));
        }
        if (!method().equals("GET")) {
            request.setBody(new String(body(), StandardCharsets.UTF_8));
        }
        return request;
    }
}

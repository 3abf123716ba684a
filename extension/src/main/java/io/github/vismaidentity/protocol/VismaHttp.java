package io.github.vismaidentity.protocol;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.http.ReadOnlyHTTPRequest;
import io.github.vismaidentity.config.VismaIdentitySettings;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends Nimbus' requests to Visma over the JDK's {@link HttpClient}, with the configured timeouts, no
 * redirects, and never a silent second attempt. Nimbus' default sender, {@code HttpURLConnection}, resends
 * a POST once when the connection drops before the answer: for a token request that spends the code or
 * refresh token a second time, and the second answer ({@code invalid_grant}) hides the first.
 */
public final class VismaHttp {

    private static final Set<String> RESTRICTED = Set.of("content-length", "host", "connection", "expect", "upgrade");

    private final HttpClient client;
    private final Duration readTimeout;

    public VismaHttp(VismaIdentitySettings settings) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.readTimeout = settings.readTimeout();
    }

    /**
     * @throws java.net.http.HttpTimeoutException when no answer came in time (a {@link IOException})
     * @throws IOException                        when the connection failed or dropped
     */
    public HTTPResponse send(HTTPRequest request) throws IOException {
        return (HTTPResponse) request.send(this::exchange);
    }

    private HTTPResponse exchange(ReadOnlyHTTPRequest request) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.getURI()).timeout(readTimeout);
        for (Map.Entry<String, List<String>> header : request.getHeaderMap().entrySet()) {
            if (!RESTRICTED.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
                header.getValue().forEach(value -> builder.header(header.getKey(), value));
            }
        }
        String body = request.getBody();
        builder.method(request.getMethod().name(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> answer;
        try {
            answer = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for " + request.getURI(), e);
        }
        HTTPResponse response = new HTTPResponse(answer.statusCode());
        answer.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                response.setHeader(name, values.toArray(String[]::new));
            }
        });
        answer.headers().firstValue("Content-Type").ifPresent(type -> contentType(response, type));
        response.setBody(answer.body());
        return response;
    }

    private static void contentType(HTTPResponse response, String type) {
        try {
            response.setContentType(type);
        } catch (ParseException e) {
            // An unparseable Content-Type is left out; reading the body as JSON then fails as unusable.
            response.setHeader("Content-Type", (String) null);
        }
    }
}

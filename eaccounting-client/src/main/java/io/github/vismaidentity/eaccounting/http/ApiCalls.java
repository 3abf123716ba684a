package io.github.vismaidentity.eaccounting.http;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.client.VismaBearerFilter;
import io.github.vismaidentity.eaccounting.ErrorBody;
import io.github.vismaidentity.eaccounting.Page;
import io.github.vismaidentity.eaccounting.Query;
import io.github.vismaidentity.eaccounting.RateLimitedException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The call machinery, shared by every resource of one bound client: for each call it gets the token from the
 * client's token source, refuses the call when the token set lacks every scope the {@link Operation} accepts (before
 * any HTTP), waits its turn at the {@link Pacer}, sends the call with the token as the
 * {@link VismaBearerFilter#TOKEN} property (the filter sends it, replaces it after a 401 and sits out a short 429),
 * and maps the answer: the body read as bytes through the client's own {@link Jsonb}, a failure to the client's
 * exception for it ({@link Failures}).
 */
public final class ApiCalls {

    /** The largest answer read: a page of 1,000 invoices with their rows is a few MiB. */
    public static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(ApiCalls.class.getName());

    private final URI apiBase;
    private final Client client;
    private final Jsonb jsonb;
    private final Pacer pacer;
    private final Supplier<VismaAccessToken> tokens;
    private final int maxBodyBytes;

    /**
     * @param apiBase the API's base URL, ending in {@code /v2/}
     * @param client  a JAX-RS client with {@link VismaBearerFilter#forCallsWithToken} registered
     * @param tokens  the token of each call; its exceptions pass through unchanged
     */
    public ApiCalls(URI apiBase, Client client, Jsonb jsonb, Pacer pacer, Supplier<VismaAccessToken> tokens) {
        this(apiBase, client, jsonb, pacer, tokens, MAX_BODY_BYTES);
    }

    /** With another bound on the answers read, for tests. */
    ApiCalls(URI apiBase, Client client, Jsonb jsonb, Pacer pacer, Supplier<VismaAccessToken> tokens,
            int maxBodyBytes) {
        this.apiBase = Objects.requireNonNull(apiBase, "apiBase");
        this.client = Objects.requireNonNull(client, "client");
        this.jsonb = Objects.requireNonNull(jsonb, "jsonb");
        this.pacer = Objects.requireNonNull(pacer, "pacer");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.maxBodyBytes = maxBodyBytes;
    }

    /** One object, by the operation's path parameters. */
    public <T> T get(Operation operation, Class<T> type, Object... pathParameters) {
        return call(operation, Map.of(), null, type, pathParameters);
    }

    /** One page of a list. */
    public <T> Page<T> list(Operation operation, Query query, Class<T> item) {
        Types.ListBody<T> body = call(operation, query.parameters(), null, Types.listBodyOf(item));
        if (body == null || body.meta() == null) {
            throw Failures.unreadable(operation, 200, new JsonbException("a list without Meta"));
        }
        return new Page<>(body.data(), body.meta());
    }

    /** Every item of a list, page after page as the stream is consumed ({@link PageStream}). */
    public <T> Stream<T> stream(Operation operation, Query query, Class<T> item) {
        return PageStream.of(query, page -> list(operation, page, item));
    }

    /** Sends {@code body} (null: none) as JSON and reads the answer as {@code type} ({@code Void}: ignored). */
    public <T> T send(Operation operation, Object body, Class<T> type, Object... pathParameters) {
        return call(operation, Map.of(), body, type, pathParameters);
    }

    private <T> T call(Operation operation, Map<String, String> query, Object body, Type type,
            Object... pathParameters) {
        URI uri = apiBase.resolve(operation.path(pathParameters) + UrlEncoding.query(query));
        byte[] json = body == null ? null : jsonb.toJson(body).getBytes(StandardCharsets.UTF_8);
        VismaAccessToken token = tokens.get();
        if (!operation.allows(token.scopes())) {
            throw Failures.missingScope(operation, token);
        }
        awaitTurn(operation);
        Invocation.Builder request = client.target(uri).request(MediaType.APPLICATION_JSON_TYPE)
                .property(VismaBearerFilter.TOKEN, token);
        try (Response response = json == null ? request.method(operation.method())
                : request.method(operation.method(), Entity.entity(json, MediaType.APPLICATION_JSON_TYPE))) {
            int status = response.getStatus();
            byte[] answer = body(operation, response);
            if (status / 100 != 2) {
                LOG.log(Level.FINE, () -> operation.describe() + ": HTTP " + status);
                throw Failures.of(operation, status, response.getHeaderString("Retry-After"), answer, jsonb);
            }
            return read(operation, status, answer, type);
        } catch (ProcessingException failure) {
            throw Failures.of(operation, failure);
        }
    }

    /** The answer's bytes, at most {@code maxBodyBytes}: a body without end must not fill the heap. */
    private byte[] body(Operation operation, Response response) {
        if (!response.hasEntity()) {
            return new byte[0];
        }
        try (InputStream in = response.readEntity(InputStream.class)) {
            byte[] answer = in.readNBytes(maxBodyBytes + 1);
            if (answer.length > maxBodyBytes) {
                throw Failures.tooLarge(operation, response.getStatus(), maxBodyBytes);
            }
            return answer;
        } catch (IOException e) {
            throw new ProcessingException(e);
        }
    }

    private void awaitTurn(Operation operation) {
        try {
            pacer.awaitTurn(operation.pathTemplate());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RateLimitedException(operation.describe(), 0, ErrorBody.NONE, Duration.ZERO, "interrupted while "
                    + "the client paced itself under " + pacer.callsPerMinute() + " calls a minute; nothing was sent",
                    e);
        }
    }

    private <T> T read(Operation operation, int status, byte[] answer, Type type) {
        if (type == Void.class || answer.length == 0) {
            return null;
        }
        try {
            return jsonb.fromJson(new ByteArrayInputStream(answer), type);
        } catch (JsonbException failure) {
            throw Failures.unreadable(operation, status, failure);
        }
    }
}

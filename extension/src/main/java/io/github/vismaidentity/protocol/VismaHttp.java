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
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends Nimbus' requests to Visma over the JDK's {@link HttpClient}, with the configured timeouts, no
 * redirects, and never a silent second attempt. Nimbus' default sender, {@code HttpURLConnection}, resends
 * a POST once when the connection drops before the answer: for a token request that spends the code or
 * refresh token a second time, and the second answer ({@code invalid_grant}) hides the first.
 *
 * <p>The read timeout bounds the whole exchange, from sending the request to the answer's last byte: the
 * JDK's request timeout stops counting at the headers, so a server or proxy that sends them and then stalls
 * would hold the caller (and a refresh's row lock) for ever. Answers are read up to {@link #MAX_BODY_BYTES}.
 */
public final class VismaHttp {

    /** An answer from Visma was larger than {@link #MAX_BODY_BYTES}. */
    public static final String TOO_LARGE = "VISMAID2060";
    /**
     * The largest answer read from Visma, 1 MiB: its token responses, discovery document, JWKS and the
     * API's company settings are a few KB each; anything near this is a misrouted or hostile answer.
     */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final Pattern CHARSET = Pattern.compile("charset=\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> RESTRICTED = Set.of("content-length", "host", "connection", "expect", "upgrade");

    /**
     * Ends the bodies that are still coming at their deadline; at most one daemon thread for every client in the
     * JVM, which only ever runs that, and holds no task longer than a read timeout (a cancelled deadline is
     * removed). The thread ends after {@link #WATCHDOG_IDLE} without a call: a thread that outlived the calls
     * would hold this class, and with it the application's class loader, after the application is undeployed.
     */
    static final Duration WATCHDOG_IDLE = Duration.ofSeconds(5);
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

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
     * @throws HttpTimeoutException when no complete answer came within the read timeout (a {@link IOException})
     * @throws AnswerTooLarge       when the answer is larger than {@link #MAX_BODY_BYTES} (a {@link IOException})
     * @throws IOException          when the connection failed or dropped
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
        HttpResponse<byte[]> answer = within(readTimeout, builder.build());
        HTTPResponse response = new HTTPResponse(answer.statusCode());
        answer.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                response.setHeader(name, values.toArray(String[]::new));
            }
        });
        answer.headers().firstValue("Content-Type").ifPresent(type -> contentType(response, type));
        response.setBody(new String(answer.body(), charsetOf(answer)));
        return response;
    }

    /**
     * The answer, body included, or an {@link HttpTimeoutException} once {@code bound} has passed. Sent with
     * {@link HttpClient#send} on the caller's thread: the JDK's {@code sendAsync} hands each answer on to
     * {@code CompletableFuture}'s default executor, which on a server with one or two cores starts a thread for
     * every call (in the refresh storm benchmark, 0.4 ms of CPU per refresh). The request's own timeout stops at
     * the headers; the {@link #WATCHDOG} ends a body that is still coming at {@code bound}.
     */
    private HttpResponse<byte[]> within(Duration bound, HttpRequest request) throws IOException {
        AtomicReference<LimitedBody> body = new AtomicReference<>();
        AtomicBoolean expired = new AtomicBoolean();
        HttpTimeoutException late = new HttpTimeoutException("No complete answer from " + request.uri() + " within "
                + bound);
        ScheduledFuture<?> deadline = WATCHDOG.schedule(() -> {
            expired.set(true);
            LimitedBody coming = body.get();
            if (coming != null) {
                coming.fail(late);
            }
        }, bound.toNanos(), TimeUnit.NANOSECONDS);
        try {
            return client.send(request, info -> {
                LimitedBody coming = new LimitedBody(request.uri(), MAX_BODY_BYTES, info);
                body.set(coming);
                // Headers that came just after the deadline: the watchdog found no body to end.
                if (expired.get()) {
                    coming.fail(late);
                }
                return coming;
            });
        } catch (InterruptedException e) {
            stop(body.get());
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for " + request.uri(), e);
        } catch (IOException e) {
            throw failureOf(e, late);
        } finally {
            deadline.cancel(false);
        }
    }

    /**
     * What failed: a too large answer or the watchdog's timeout wherever the JDK wrapped them (it copies an
     * {@link HttpTimeoutException}'s message into a new one, and wraps other {@link IOException}s), else the
     * JDK's own failure as it is.
     */
    private static IOException failureOf(IOException e, HttpTimeoutException late) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof AnswerTooLarge tooLarge) {
                return tooLarge;
            }
            if (cause == late) {
                return late;
            }
        }
        return e;
    }

    /** Gives up on an exchange: the connection is closed, never left reading a stalled body. */
    private static void stop(LimitedBody body) {
        if (body != null) {
            body.abort();
        }
    }

    /** The charset the answer names, else UTF-8 (RFC 8259 for JSON), as the JDK's string handler does. */
    private static Charset charsetOf(HttpResponse<?> answer) {
        Matcher named = CHARSET.matcher(answer.headers().firstValue("Content-Type").orElse(""));
        if (named.find()) {
            try {
                return Charset.forName(named.group(1));
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "visma-identity-http-deadlines");
            thread.setDaemon(true);
            // Not the application's loader of whichever request started it.
            thread.setContextClassLoader(null);
            return thread;
        });
        watchdog.setRemoveOnCancelPolicy(true);
        watchdog.setKeepAliveTime(WATCHDOG_IDLE.toNanos(), TimeUnit.NANOSECONDS);
        watchdog.allowCoreThreadTimeOut(true);
        return watchdog;
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

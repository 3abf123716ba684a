package io.github.vismaidentity.client;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaRateLimitedException;
import io.github.vismaidentity.VismaToken;
import io.github.vismaidentity.VismaTokens;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds {@code Authorization: Bearer} to eAccounting API calls of a JAX-RS client or a MicroProfile REST
 * Client. On HTTP 401 it gets a new token once ({@link VismaTokens#replaceRejected}) and sends the request
 * again; on HTTP 429 it fails with a {@link VismaRateLimitedException} (wrapped by JAX-RS in a
 * {@code ProcessingException}) that says how long Visma asked to wait.
 *
 * <pre>{@code
 * client.register(VismaBearerFilter.forCompany(tokens, companyId));   // a background job
 * @RegisterProvider(VismaBearerFilter.class)                          // REST Client, signed-in caller
 * }</pre>
 */
public class VismaBearerFilter implements ClientRequestFilter, ClientResponseFilter {

    /** HTTP 429 from the eAccounting API. */
    public static final String RATE_LIMITED = "VISMAID4020";

    private static final String TOKEN = VismaBearerFilter.class.getName() + ".token";
    private static final String RETRIED = VismaBearerFilter.class.getName() + ".retried";
    private static final Pattern TRY_AGAIN = Pattern.compile("(?i)try again in (\\d+) seconds?");

    private final Supplier<VismaAccessToken> tokens;
    private final Supplier<VismaTokens> service;

    /** For the signed-in caller's {@code @VismaToken}, looked up through CDI on each request. */
    public VismaBearerFilter() {
        this(() -> CDI.current().select(VismaAccessToken.class, VismaToken.Literal.INSTANCE).get(),
                () -> CDI.current().select(VismaTokens.class).get());
    }

    private VismaBearerFilter(Supplier<VismaAccessToken> tokens, Supplier<VismaTokens> service) {
        this.tokens = tokens;
        this.service = service;
    }

    /** For a company, without an HTTP request: timers, batch jobs. */
    public static VismaBearerFilter forCompany(VismaTokens tokens, String companyId) {
        return new VismaBearerFilter(() -> tokens.forCompany(companyId), () -> tokens);
    }

    @Override
    public void filter(ClientRequestContext request) {
        if (request.getProperty(RETRIED) != null) {
            return;
        }
        VismaAccessToken token = tokens.get();
        request.setProperty(TOKEN, token);
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, token.authorizationHeader());
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
        if (response.getStatus() == 429) {
            throw rateLimited(response);
        }
        if (response.getStatus() != 401 || request.getProperty(RETRIED) != null
                || !(request.getProperty(TOKEN) instanceof VismaAccessToken rejected)) {
            return;
        }
        VismaAccessToken fresh = service.get().replaceRejected(rejected);
        try (Response again = resend(request, fresh)) {
            response.setStatus(again.getStatus());
            MultivaluedMap<String, String> headers = response.getHeaders();
            headers.clear();
            again.getStringHeaders().forEach(headers::put);
            response.setEntityStream(new ByteArrayInputStream(again.readEntity(byte[].class)));
        }
    }

    private static Response resend(ClientRequestContext request, VismaAccessToken fresh) {
        Invocation.Builder builder = request.getClient().target(request.getUri()).request();
        request.getStringHeaders().forEach((name, values) -> {
            if (!HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        builder.header(HttpHeaders.AUTHORIZATION, fresh.authorizationHeader()).property(RETRIED, Boolean.TRUE);
        return request.hasEntity()
                ? builder.method(request.getMethod(), Entity.entity(request.getEntity(), request.getMediaType()))
                : builder.method(request.getMethod());
    }

    private static VismaRateLimitedException rateLimited(ClientResponseContext response) throws IOException {
        String body = "";
        if (response.hasEntity()) {
            try (InputStream in = response.getEntityStream()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        Duration wait = Duration.ofSeconds(60);
        String header = response.getHeaderString("Retry-After");
        Matcher message = TRY_AGAIN.matcher(body);
        if (header != null && header.trim().matches("\\d+")) {
            wait = Duration.ofSeconds(Long.parseLong(header.trim()));
        } else if (message.find()) {
            wait = Duration.ofSeconds(Long.parseLong(message.group(1)));
        }
        return new VismaRateLimitedException(RATE_LIMITED, "The eAccounting API limits calls to 600 per minute per "
                + "endpoint (ErrorCode 4010); try again in " + wait.toSeconds() + " seconds.", wait);
    }
}

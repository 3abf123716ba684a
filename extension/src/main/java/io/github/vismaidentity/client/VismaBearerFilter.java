package io.github.vismaidentity.client;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaIdentityDefinition;
import io.github.vismaidentity.VismaRateLimitedException;
import io.github.vismaidentity.VismaToken;
import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.observe.Observer;
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
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Adds {@code Authorization: Bearer} to eAccounting API calls of a JAX-RS client or a MicroProfile REST
 * Client, and sends a call once more when that can help:
 * <ul>
 * <li>on HTTP 401 it gets a new token ({@link VismaTokens#replaceRejected}) and sends the call again;</li>
 * <li>on HTTP 429 ({@code ErrorCode} 4010: 600 calls per minute per endpoint) it waits as long as Visma asked
 * ({@code Retry-After}, else "try again in N seconds") when that is at most
 * {@value VismaIdentityDefinition#RATE_LIMIT_MAX_WAIT} (default 10 s), on the caller's thread, and sends the
 * call again.</li>
 * </ul>
 * A call is sent again at most once. When the wait is longer, the wait is interrupted, or the call is limited
 * again, the call fails with a {@link VismaRateLimitedException} (wrapped by JAX-RS in a
 * {@code ProcessingException}) that says how long Visma asked to wait; the caller never sees a bare 429.
 *
 * <pre>{@code
 * client.register(VismaBearerFilter.forCompany(tokens, companyId));   // a background job
 * @RegisterProvider(VismaBearerFilter.class)                          // REST Client, signed-in caller
 * }</pre>
 */
public class VismaBearerFilter implements ClientRequestFilter, ClientResponseFilter {

    /** HTTP 429 from the eAccounting API, not sat out. */
    public static final String RATE_LIMITED = "VISMAID4020";

    /**
     * A request property for a caller that already holds the call's token (for instance to check its scopes
     * first): set it to a {@link VismaAccessToken} with {@code Invocation.Builder.property(TOKEN, token)}, and the
     * filter sends that token instead of looking one up, and sends it again after a 429.
     */
    public static final String TOKEN = VismaBearerFilter.class.getName() + ".token";
    private static final String PRESET = VismaBearerFilter.class.getName() + ".preset";
    private static final String RETRIED = VismaBearerFilter.class.getName() + ".retried";

    private final Supplier<VismaAccessToken> tokens;
    private final Supplier<VismaTokens> service;
    private final Supplier<Duration> maxWait;
    private final Sleeper sleeper;
    /** Told of each 429 sat out or passed on: looked up only then, since a 429 is rare. */
    private final Supplier<Observer> observer;

    /** For the signed-in caller's {@code @VismaToken}, looked up through CDI on each request. */
    public VismaBearerFilter() {
        this(() -> CDI.current().select(VismaAccessToken.class, VismaToken.Literal.INSTANCE).get(),
                () -> CDI.current().select(VismaTokens.class).get(), RateLimits::configuredMaxWait, Sleeper.THREAD,
                RateLimits::configuredObserver);
    }

    private VismaBearerFilter(Supplier<VismaAccessToken> tokens, Supplier<VismaTokens> service,
            Supplier<Duration> maxWait, Sleeper sleeper, Supplier<Observer> observer) {
        this.tokens = tokens;
        this.service = service;
        this.maxWait = maxWait;
        this.sleeper = sleeper;
        this.observer = observer;
    }

    /**
     * For a company, without an HTTP request: timers, batch jobs.
     *
     * @param tokens    the token service, {@code @Inject VismaTokens}
     * @param companyId the company whose token every call carries
     * @return a filter to register on a JAX-RS client or target
     */
    public static VismaBearerFilter forCompany(VismaTokens tokens, String companyId) {
        return new VismaBearerFilter(() -> tokens.forCompany(companyId), () -> tokens, RateLimits::configuredMaxWait,
                Sleeper.THREAD, RateLimits::configuredObserver);
    }

    /**
     * For calls that each carry their token in the {@link #TOKEN} property; {@code tokens} replaces a token the API
     * refuses with HTTP 401. A call without the property fails with an {@code IllegalStateException}.
     *
     * @param tokens the token service, {@code @Inject VismaTokens}
     * @return a filter to register on a JAX-RS client or target
     */
    public static VismaBearerFilter forCallsWithToken(VismaTokens tokens) {
        return new VismaBearerFilter(() -> {
            throw new IllegalStateException("This VismaBearerFilter sends only the token in the request property "
                    + TOKEN + ", and the call has none");
        }, () -> tokens, RateLimits::configuredMaxWait, Sleeper.THREAD, RateLimits::configuredObserver);
    }

    /** For tests: a bound of their own, and a sleeper that need not sleep. */
    static VismaBearerFilter forCompany(VismaTokens tokens, String companyId, Duration maxWait, Sleeper sleeper) {
        return forCompany(tokens, companyId, maxWait, sleeper, Observer.NONE);
    }

    /** For tests: the same, with an observer of their own. */
    static VismaBearerFilter forCompany(VismaTokens tokens, String companyId, Duration maxWait, Sleeper sleeper,
                                        Observer observer) {
        return new VismaBearerFilter(() -> tokens.forCompany(companyId), () -> tokens, () -> maxWait, sleeper,
                () -> observer);
    }

    @Override
    public void filter(ClientRequestContext request) {
        if (request.getProperty(RETRIED) != null) {
            return;
        }
        VismaAccessToken token;
        if (request.getProperty(TOKEN) instanceof VismaAccessToken preset) {
            token = preset;
            request.setProperty(PRESET, Boolean.TRUE);
        } else {
            token = tokens.get();
            request.setProperty(TOKEN, token);
        }
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, token.authorizationHeader());
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
        if (request.getProperty(RETRIED) != null) {
            return; // the answer to the one retry: the first call's filter decides what it means
        }
        if (response.getStatus() == 429) {
            sitOut(RateLimits.askedWait(response));
            // after the wait a fresh lookup, unless the caller chose the token: then the same one again
            replace(response, resend(request, request.getProperty(PRESET) != null
                    ? (VismaAccessToken) request.getProperty(TOKEN) : tokens.get()));
        } else if (response.getStatus() == 401 && request.getProperty(TOKEN) instanceof VismaAccessToken rejected) {
            replace(response, resend(request, service.get().replaceRejected(rejected)));
        } else {
            return;
        }
        if (response.getStatus() == 429) {
            Duration again = RateLimits.askedWait(response);
            observer.get().rateLimitRefused(again);
            throw RateLimits.limitedAgain(again);
        }
    }

    /** Waits as asked, or fails when the wait is longer than allowed or is interrupted. */
    private void sitOut(Duration asked) {
        Duration bound = maxWait.get();
        if (!RateLimits.waits(asked, bound)) {
            observer.get().rateLimitRefused(asked);
            throw RateLimits.tooLong(asked, bound);
        }
        try {
            sleeper.sleep(asked);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            observer.get().rateLimitRefused(asked);
            throw RateLimits.interrupted(asked);
        }
        observer.get().rateLimitWaited(asked);
    }

    private static void replace(ClientResponseContext response, Response again) {
        try (again) {
            response.setStatus(again.getStatus());
            MultivaluedMap<String, String> headers = response.getHeaders();
            headers.clear();
            again.getStringHeaders().forEach(headers::put);
            response.setEntityStream(new ByteArrayInputStream(again.readEntity(byte[].class)));
        }
    }

    private static Response resend(ClientRequestContext request, VismaAccessToken token) {
        Invocation.Builder builder = request.getClient().target(request.getUri()).request();
        request.getStringHeaders().forEach((name, values) -> {
            if (!HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        builder.header(HttpHeaders.AUTHORIZATION, token.authorizationHeader()).property(RETRIED, Boolean.TRUE);
        return request.hasEntity()
                ? builder.method(request.getMethod(), Entity.entity(request.getEntity(), request.getMediaType()))
                : builder.method(request.getMethod());
    }
}

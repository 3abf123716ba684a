package io.github.vismaidentity.eaccounting.http;

import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.client.VismaBearerFilter;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The JAX-RS client a client's calls go through: the server's implementation, with the Bearer filter. */
public final class JaxRsClients {

    /**
     * Jersey's switch for following redirects (on by default there; RESTEasy follows none and ignores the name). A
     * redirect would carry the call, and perhaps its Authorization header, to an address Visma never named: the
     * client reports a 3xx as Visma unavailable instead.
     */
    static final String JERSEY_FOLLOW_REDIRECTS = "jersey.config.client.followRedirects";

    private JaxRsClients() {
    }

    /** A new client with bounded timeouts that follows no redirect and sends each call's token by the filter. */
    public static Client create(VismaTokens tokens, Duration connectTimeout, Duration readTimeout) {
        return ClientBuilder.newBuilder()
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .property(JERSEY_FOLLOW_REDIRECTS, Boolean.FALSE)
                .build()
                .register(VismaBearerFilter.forCallsWithToken(tokens));
    }
}

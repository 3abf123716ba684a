package io.github.vismaidentity.eaccounting.http;

import com.sun.net.httpserver.HttpServer;
import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.client.Sleeper;
import io.github.vismaidentity.eaccounting.EAccountingException;
import io.github.vismaidentity.eaccounting.Query;
import io.github.vismaidentity.eaccounting.VismaUnavailableException;
import io.github.vismaidentity.eaccounting.model.Customer;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.client.Client;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What no honest Visma answers, from a small local server: a redirect elsewhere, a body without end. */
class ApiCallsTest {

    private static final VismaAccessToken TOKEN = new VismaAccessToken("secret-token-value", Instant.now()
            .plusSeconds(3600), "subject", "company", "Company AB");

    private final List<HttpServer> servers = new CopyOnWriteArrayList<>();
    private final List<String> authorizationsElsewhere = new CopyOnWriteArrayList<>();
    private final Client client = JaxRsClients.create(notAsked(), Duration.ofSeconds(5), Duration.ofSeconds(5));
    private final Jsonb jsonb = Json.create();

    @AfterEach
    void stop() throws Exception {
        client.close();
        jsonb.close();
        servers.forEach(server -> server.stop(0));
    }

    @Test
    void aRedirectIsNotFollowedSoTheTokenGoesNowhereElse() throws IOException {
        URI elsewhere = server((exchange, body) -> {
            authorizationsElsewhere.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(200, -1);
        });
        URI api = server((exchange, body) -> {
            exchange.getResponseHeaders().add("Location", elsewhere.resolve("/v2/customers").toString());
            exchange.sendResponseHeaders(302, -1);
        });

        VismaUnavailableException unavailable = catchThrowableOfType(() -> calls(api, ApiCalls.MAX_BODY_BYTES)
                .list(Operation.CUSTOMERS_LIST, Query.all(), Customer.class), VismaUnavailableException.class);

        assertThat(unavailable.status()).isEqualTo(302);
        assertThat(authorizationsElsewhere).isEmpty();
        assertThat(unavailable).hasMessageNotContaining(TOKEN.value());
    }

    @Test
    void aBodyLongerThanTheBoundIsNotReadIntoMemory() throws IOException {
        URI api = server((exchange, body) -> {
            byte[] big = ("{\"Meta\":{},\"Data\":[" + " ".repeat(10_000) + "]}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, big.length);
            body.write(big);
        });

        VismaUnavailableException unavailable = catchThrowableOfType(() -> calls(api, 4_096)
                .list(Operation.CUSTOMERS_LIST, Query.all(), Customer.class), VismaUnavailableException.class);

        assertThat(unavailable.status()).isEqualTo(200);
        assertThat(unavailable).hasMessageContaining("over 4096 bytes");
    }

    @Test
    void aForbiddenThatNoScopeFixesIsNotAMissingScope() throws IOException {
        URI api = server((exchange, body) -> {
            byte[] error = ("{\"ErrorCode\":4007,\"DeveloperErrorMessage\":\"PermissionDenied\",\"ErrorId\":\"e1\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(403, error.length);
            body.write(error);
        });

        Throwable refused = catchThrowable(() -> calls(api, ApiCalls.MAX_BODY_BYTES).get(Operation.CUSTOMERS_GET,
                Customer.class, "c1"));

        assertThat(refused).isExactlyInstanceOf(EAccountingException.class)
                .hasMessageContaining("HTTP 403, ErrorCode 4007").hasMessageContaining("role in eAccounting");
        assertThat(((EAccountingException) refused).errorId()).isEqualTo("e1");
    }

    private ApiCalls calls(URI api, int maxBodyBytes) {
        return new ApiCalls(api.resolve("/v2/"), client, jsonb, new Pacer(0, Clock.systemUTC(), Sleeper.THREAD),
                () -> TOKEN, maxBodyBytes);
    }

    /** The filter's token service: never asked here, since each call's token is in its request. */
    private static VismaTokens notAsked() {
        return (VismaTokens) Proxy.newProxyInstance(VismaTokens.class.getClassLoader(), new Class<?>[] {
                VismaTokens.class}, (proxy, method, arguments) -> {
                    throw new AssertionError("VismaTokens." + method.getName() + " was not to be called");
                });
    }

    @FunctionalInterface
    private interface Answer {
        void answer(com.sun.net.httpserver.HttpExchange exchange, OutputStream body) throws IOException;
    }

    private URI server(Answer answer) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange; OutputStream body = exchange.getResponseBody()) {
                answer.answer(exchange, body);
            }
        });
        server.start();
        servers.add(server);
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }
}

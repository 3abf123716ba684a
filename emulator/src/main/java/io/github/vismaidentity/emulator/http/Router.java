package io.github.vismaidentity.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Counters;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.control.Fault;
import io.github.vismaidentity.emulator.control.FaultInjector;
import java.io.IOException;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends each request to its endpoint's handler, counts it, applies an injected fault, and turns a
 * refusal into the endpoint's kind of error response. No request can crash the emulator, and no
 * response carries a stack trace.
 */
public final class Router implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(Router.class.getName());
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private record Route(Handler handler, ProblemRenderer renderer) {
    }

    private final URI baseUri;
    private final Counters counters;
    private final FaultInjector faults;
    private final Map<Endpoint, Route> routes = new EnumMap<>(Endpoint.class);

    public Router(URI baseUri, Counters counters, FaultInjector faults) {
        this.baseUri = baseUri;
        this.counters = counters;
        this.faults = faults;
    }

    public Router route(Endpoint endpoint, ProblemRenderer renderer, Handler handler) {
        routes.put(endpoint, new Route(handler, renderer));
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try (exchange) {
            HttpCall call = new HttpCall(exchange, baseUri, MAX_BODY_BYTES);
            Optional<Endpoint> endpoint = endpointOf(call.path());
            if (endpoint.isEmpty()) {
                call.json(404, "{\"error\":\"not_found\",\"error_description\":\"No such endpoint\"}");
                return;
            }
            counters.request(endpoint.get());
            dispatch(call, endpoint.get(), routes.get(endpoint.get()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Request could not be answered", e);
        }
    }

    private void dispatch(HttpCall call, Endpoint endpoint, Route route) throws IOException {
        Optional<Fault> fault = faults.take(endpoint);
        if (fault.isPresent()) {
            counters.increment(Counter.FAULTS_INJECTED);
            if (!applyBefore(call, fault.get())) {
                return;
            }
        }
        try {
            route.handler().handle(call);
        } catch (HttpProblem problem) {
            if (!call.responded()) {
                route.renderer().render(call, problem);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Emulator error at " + endpoint.path(), e);
            if (!call.responded()) {
                route.renderer().render(call, new HttpProblem(500, "server_error", "The emulator failed"));
            }
        }
    }

    /** Applies the part of a fault that comes before handling; false when the request ends there. */
    private static boolean applyBefore(HttpCall call, Fault fault) throws IOException {
        if (fault instanceof Fault.Delay delay) {
            try {
                Thread.sleep(delay.duration().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        } else if (fault instanceof Fault.ServerError) {
            call.html(500, Html.page("500 Internal Server Error", "<p>Injected fault.</p>"));
            return false;
        } else {
            call.interceptResponse(fault);
        }
        return true;
    }

    /** The routed endpoint that serves the path, the most specific (longest path) when several do. */
    private Optional<Endpoint> endpointOf(String path) {
        return routes.keySet().stream()
                .filter(endpoint -> endpoint.serves(path))
                .max(java.util.Comparator.comparingInt(endpoint -> endpoint.path().length()));
    }
}

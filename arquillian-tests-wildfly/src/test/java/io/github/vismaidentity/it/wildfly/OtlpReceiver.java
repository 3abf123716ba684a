package io.github.vismaidentity.it.wildfly;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP receiver of metrics, as a collector would be: it decodes what the server exports (protobuf,
 * gzipped or not) and keeps the latest value of each point of one instrumentation scope, keyed
 * {@code name{attribute=value,...}}. A histogram point is kept as its count and, beside it, {@code name.sum}.
 * It runs until the test JVM ends.
 */
final class OtlpReceiver {

    private final HttpServer server;
    private final String scope;
    private final Map<String, Double> latest = new ConcurrentHashMap<>();

    private OtlpReceiver(String scope) throws IOException {
        this.scope = scope;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::receive);
        server.start();
    }

    /** A receiver on a free port of the loopback interface, for the metrics of {@code scope}. */
    static OtlpReceiver start(String scope) {
        try {
            return new OtlpReceiver(scope);
        } catch (IOException e) {
            throw new IllegalStateException("The OTLP receiver could not start", e);
        }
    }

    /** The endpoint to give {@code otel.exporter.otlp.endpoint}; the exporter adds {@code /v1/metrics}. */
    String endpoint() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The latest value of the point, or null when none came. */
    Double value(String point) {
        return latest.get(point);
    }

    Map<String, Double> all() {
        return new TreeMap<>(latest);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
            if (exchange.getRequestURI().getPath().endsWith("/v1/metrics")) {
                ExportMetricsServiceRequest request = ExportMetricsServiceRequest.parseFrom(body);
                request.getResourceMetricsList().forEach(resource -> resource.getScopeMetricsList().forEach(this::keep));
            } else {
                body.readAllBytes();
            }
            byte[] answer = ExportMetricsServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    private void keep(ScopeMetrics metrics) {
        if (!metrics.getScope().getName().equals(scope)) {
            return;
        }
        for (Metric metric : metrics.getMetricsList()) {
            String name = metric.getName();
            switch (metric.getDataCase()) {
                case SUM -> metric.getSum().getDataPointsList().forEach(point -> latest.put(key(name,
                        point.getAttributesList()), point.hasAsInt() ? point.getAsInt() : point.getAsDouble()));
                case GAUGE -> metric.getGauge().getDataPointsList().forEach(point -> latest.put(key(name,
                        point.getAttributesList()), point.hasAsInt() ? point.getAsInt() : point.getAsDouble()));
                case HISTOGRAM -> metric.getHistogram().getDataPointsList().forEach(point -> {
                    latest.put(key(name, point.getAttributesList()), (double) point.getCount());
                    latest.put(key(name + ".sum", point.getAttributesList()), point.getSum());
                });
                default -> latest.put(key(name + "." + metric.getDataCase(), List.of()), Double.NaN);
            }
        }
    }

    private static String key(String name, List<KeyValue> attributes) {
        return name + attributes.stream()
                .map(attribute -> attribute.getKey() + "=" + switch (attribute.getValue().getValueCase()) {
                    case BOOL_VALUE -> String.valueOf(attribute.getValue().getBoolValue());
                    case INT_VALUE -> String.valueOf(attribute.getValue().getIntValue());
                    default -> attribute.getValue().getStringValue();
                })
                .sorted().collect(Collectors.joining(",", "{", "}"));
    }
}

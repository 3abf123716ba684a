package io.github.vismaidentity.metrics;

import io.github.vismaidentity.VismaConnection;
import io.github.vismaidentity.observe.Observer;
import io.github.vismaidentity.observe.RefreshOutcome;
import io.github.vismaidentity.store.TokenSetKey;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleCounter;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.DoubleHistogramBuilder;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The instruments, recorded through the OpenTelemetry API (only what its 1.48 has: WildFly 39's; before 1.32, as
 * on Payara 6, without the histogram's bucket advice). Attributes
 * never hold a subject, a company or a token: personal data, and one time series per user.
 *
 * <table>
 * <caption>The instruments (meter {@value #SCOPE})</caption>
 * <tr><th>Name</th><th>Instrument</th><th>Unit</th><th>Attributes</th></tr>
 * <tr><td>visma.identity.sign_ins</td><td>counter</td><td>{sign_in}</td><td>outcome, error.type</td></tr>
 * <tr><td>visma.identity.refreshes</td><td>counter</td><td>{refresh}</td><td>outcome, error.type</td></tr>
 * <tr><td>visma.identity.refresh.duration</td><td>histogram</td><td>s</td><td>outcome</td></tr>
 * <tr><td>visma.identity.token_endpoint.errors</td><td>counter</td><td>{error}</td><td>error.type</td></tr>
 * <tr><td>visma.identity.disconnects</td><td>counter</td><td>{disconnect}</td><td>revoked</td></tr>
 * <tr><td>visma.identity.rate_limit.responses</td><td>counter</td><td>{response}</td><td>outcome</td></tr>
 * <tr><td>visma.identity.rate_limit.wait.time</td><td>counter</td><td>s</td><td></td></tr>
 * <tr><td>visma.identity.token_set.count</td><td>gauge</td><td>{token_set}</td><td>status</td></tr>
 * </table>
 */
final class OpenTelemetryMetrics implements Observer {

    /** The meter's (instrumentation scope's) name. */
    static final String SCOPE = "io.github.vismaidentity";

    static final AttributeKey<String> SIGN_IN_OUTCOME = AttributeKey.stringKey("visma.identity.sign_in.outcome");
    static final AttributeKey<String> REFRESH_OUTCOME = AttributeKey.stringKey("visma.identity.refresh.outcome");
    static final AttributeKey<String> RATE_LIMIT_OUTCOME = AttributeKey.stringKey("visma.identity.rate_limit.outcome");
    static final AttributeKey<String> STATUS = AttributeKey.stringKey("visma.identity.token_set.status");
    static final AttributeKey<Boolean> REVOKED = AttributeKey.booleanKey("visma.identity.revoked");
    /** OpenTelemetry's own key for what went wrong (semantic conventions). */
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

    /** Buckets in seconds from a cached answer to Visma's slowest: a refresh waits for a row lock and a token call. */
    static final List<Double> DURATION_BUCKETS = List.of(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
            10.0, 30.0);

    private static final Logger LOG = Logger.getLogger(OpenTelemetryMetrics.class.getName());

    private final LongCounter signIns;
    private final LongCounter refreshes;
    private final DoubleHistogram refreshDuration;
    private final LongCounter tokenEndpointErrors;
    private final LongCounter disconnects;
    private final LongCounter rateLimited;
    private final DoubleCounter rateLimitWaitTime;

    OpenTelemetryMetrics(OpenTelemetry openTelemetry, Supplier<Map<VismaConnection.Status, Long>> tokenSetsByStatus,
                         Clock clock) {
        Meter meter = openTelemetry.getMeter(SCOPE);
        signIns = meter.counterBuilder("visma.identity.sign_ins").setUnit("{sign_in}")
                .setDescription("Sign-ins that ended, by outcome").build();
        refreshes = meter.counterBuilder("visma.identity.refreshes").setUnit("{refresh}")
                .setDescription("Refreshes of a token set that ended, by outcome").build();
        refreshDuration = withBuckets(meter.histogramBuilder("visma.identity.refresh.duration").setUnit("s")
                .setDescription("How long a refresh took, row lock and Visma's answer included")).build();
        tokenEndpointErrors = meter.counterBuilder("visma.identity.token_endpoint.errors").setUnit("{error}")
                .setDescription("Errors, or no usable answer, from Visma's token endpoint").build();
        disconnects = meter.counterBuilder("visma.identity.disconnects").setUnit("{disconnect}")
                .setDescription("Token sets deleted by a disconnect").build();
        rateLimited = meter.counterBuilder("visma.identity.rate_limit.responses").setUnit("{response}")
                .setDescription("HTTP 429 answers of the eAccounting API to the Bearer filter").build();
        rateLimitWaitTime = meter.counterBuilder("visma.identity.rate_limit.wait.time").ofDoubles().setUnit("s")
                .setDescription("Time the Bearer filter sat out HTTP 429 answers before sending again").build();
        TokenSetGauge gauge = new TokenSetGauge(tokenSetsByStatus, clock);
        meter.gaugeBuilder("visma.identity.token_set.count").ofLongs().setUnit("{token_set}")
                .setDescription("Token sets of this client id in the store, by status")
                .buildWithCallback(measurement -> gauge.report((status, sets) -> measurement.record(sets,
                        Attributes.of(STATUS, status.name().toLowerCase(Locale.ROOT)))));
    }

    /**
     * The metrics through the application's {@code OpenTelemetry} bean; {@link Observer#NONE} when there is none.
     * Called on the first report, on the thread that made it.
     */
    static Observer onServer(Supplier<Map<VismaConnection.Status, Long>> tokenSetsByStatus) {
        return ServerOpenTelemetry.find()
                .<Observer>map(openTelemetry -> new OpenTelemetryMetrics(openTelemetry, tokenSetsByStatus,
                        Clock.systemUTC()))
                .orElseGet(() -> {
                    LOG.info("The application has no OpenTelemetry bean (MicroProfile Telemetry): the Visma identity "
                            + "extension records no metrics.");
                    return Observer.NONE;
                });
    }

    @Override
    public void signedIn(TokenSetKey key, String companyName) {
        signIns.add(1, Attributes.of(SIGN_IN_OUTCOME, "success"));
    }

    @Override
    public void signInFailed(String messageId, int status) {
        signIns.add(1, Attributes.of(SIGN_IN_OUTCOME, "failure", ERROR_TYPE, AttributeValues.messageId(messageId)));
    }

    @Override
    public void refreshEnded(RefreshOutcome outcome) {
        String kind = outcome.kind().name().toLowerCase(Locale.ROOT);
        Attributes byOutcome = Attributes.of(REFRESH_OUTCOME, kind);
        refreshes.add(1, outcome.messageId().isEmpty() ? byOutcome
                : Attributes.of(REFRESH_OUTCOME, kind, ERROR_TYPE, AttributeValues.messageId(outcome.messageId())));
        refreshDuration.record(seconds(outcome.duration()), byOutcome);
    }

    @Override
    public void disconnected(TokenSetKey key, String companyName, boolean revoked) {
        disconnects.add(1, Attributes.of(REVOKED, revoked));
    }

    @Override
    public void tokenEndpointError(String kind) {
        tokenEndpointErrors.add(1, Attributes.of(ERROR_TYPE, AttributeValues.tokenEndpointError(kind)));
    }

    @Override
    public void rateLimitWaited(Duration waited) {
        rateLimited.add(1, Attributes.of(RATE_LIMIT_OUTCOME, "waited"));
        rateLimitWaitTime.add(seconds(waited));
    }

    @Override
    public void rateLimitRefused(Duration asked) {
        rateLimited.add(1, Attributes.of(RATE_LIMIT_OUTCOME, "passed_on"));
    }

    private static DoubleHistogramBuilder withBuckets(DoubleHistogramBuilder histogram) {
        try {
            return histogram.setExplicitBucketBoundariesAdvice(DURATION_BUCKETS);
        } catch (NoSuchMethodError e) {
            // An API before 1.32 (Payara 6's MicroProfile Telemetry 1.1 has 1.29): the SDK's default buckets.
            return histogram;
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}

package io.github.vismaidentity.health;

import io.github.vismaidentity.protocol.Discovery;
import io.github.vismaidentity.protocol.SignInFailure;
import io.github.vismaidentity.store.KeySample;
import io.github.vismaidentity.store.TokenSetStore;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readiness, part by part, so that an operator knows where to look: {@code discovery} (Visma's discovery
 * document can be fetched and names the configured issuer), {@code datasource} (the configured datasource is
 * there and gives a connection), {@code table} (the token table is there and answers) and {@code key} (the
 * configured encryption keys open the newest stored token sets, judged by the tokens' headers on a sample of
 * at most {@link #KEY_SAMPLE}, nothing decrypted). Discovery and the key are probed at most once per
 * {@link #PROBE_INTERVAL}; a part that needs one that is down is reported as not checked. Registered by the
 * extension only when the server has MicroProfile Health ({@code /health/ready}). The response, which anyone
 * who reaches the endpoint can read, says {@code UP} or a message ID and what is down; the details (a JNDI
 * name, a JDBC driver's text with host and user, an address) go to the server log, once per change.
 */
// The bean (cdi.ReadinessCheckBean) carries the @Readiness qualifier; on the class it says what this is.
@Readiness
public final class VismaIdentityHealthCheck implements HealthCheck {

    /** The name of the check in the health response. */
    public static final String NAME = "visma-identity";
    /** How long one fetch of the discovery document, or one look at the stored keys, answers readiness probes. */
    public static final Duration PROBE_INTERVAL = Duration.ofSeconds(60);
    /** The same interval, under its first name. */
    public static final Duration DISCOVERY_INTERVAL = PROBE_INTERVAL;
    /** How many of the newest ACTIVE token sets the key part looks at. */
    public static final int KEY_SAMPLE = 20;
    /** A part not checked because a part it needs is down. */
    public static final String NOT_CHECKED = "VISMAID6040";
    /** Most of the sampled token sets do not open with the configured encryption keys. */
    public static final String KEY_MISMATCH = "VISMAID6041";
    /** A part failed with an error that carries no message ID of its own. */
    public static final String UNEXPECTED = "VISMAID6042";

    private static final Logger LOG = Logger.getLogger(VismaIdentityHealthCheck.class.getName());
    private static final Pattern MESSAGE_ID = Pattern.compile("^(VISMAID\\d{4}):");
    private static final String UP = "UP";

    private final CachedProbe discovery;
    private final CachedProbe key;
    private final Supplier<TokenSetStore> store;
    private final Map<String, String> lastLogged = new LinkedHashMap<>();

    /**
     * @param discovery the issuer's discovery
     * @param store     the token store, looked up on each probe (the first lookup may fail)
     * @param clientId  the client whose token sets the key part samples
     * @param clock     the clock that times {@link #PROBE_INTERVAL}
     */
    public VismaIdentityHealthCheck(Discovery discovery, Supplier<TokenSetStore> store, String clientId,
                                    Clock clock) {
        this.discovery = new CachedProbe(() -> discoveryFailure(discovery), clock, PROBE_INTERVAL);
        this.key = new CachedProbe(() -> keyFailure(store, clientId), clock, PROBE_INTERVAL);
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("discovery", report("discovery", discovery.failure(),
                "Visma's discovery document could not be fetched or used"));
        Optional<String> datasource = failure(() -> store.get().connect());
        data.put("datasource", report("datasource", datasource, "the datasource could not be found or gave no "
                + "connection"));
        Optional<String> table = datasource.isPresent() ? notChecked("the datasource")
                : failure(() -> store.get().ping());
        data.put("table", report("table", table, "the token table is missing, does not fit or does not answer"));
        Optional<String> keys = table.isPresent() ? notChecked("the token table") : key.failure();
        data.put("key", report("key", keys, "the configured encryption keys do not open the stored tokens"));
        boolean up = data.values().stream().allMatch(UP::equals);
        // The constructor, not HealthCheckResponse.named(): no dependency on the server's builder provider.
        return new HealthCheckResponse(NAME, up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                Optional.of(data));
    }

    private static Optional<String> discoveryFailure(Discovery discovery) {
        try {
            discovery.probe();
            return Optional.empty();
        } catch (SignInFailure failure) {
            return Optional.of(failure.getMessage());
        }
    }

    private static Optional<String> keyFailure(Supplier<TokenSetStore> store, String clientId) {
        try {
            KeySample sample = store.get().keySample(clientId, KEY_SAMPLE);
            if (sample.keysFit()) {
                if (sample.unopenable() > 0) {
                    LOG.info(() -> "Readiness: " + sample.unopenable() + " of the " + sample.sampled() + " newest "
                            + "token sets do not open with the configured encryption keys (too few to call the key "
                            + "part down); the token store logs each one when the connections are listed.");
                }
                return Optional.empty();
            }
            return Optional.of(KEY_MISMATCH + ": " + sample.unopenable() + " of the " + sample.sampled() + " newest "
                    + "token sets do not open with the configured encryption keys. Set visma.identity.encryption-key"
                    + " to the key the other nodes use, or add the old key to"
                    + " visma.identity.previous-encryption-keys.");
        } catch (RuntimeException e) {
            return Optional.of(message(e));
        }
    }

    private static Optional<String> failure(Runnable part) {
        try {
            part.run();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(message(e));
        }
    }

    private static Optional<String> notChecked(String needed) {
        return Optional.of(NOT_CHECKED + ": not checked, since " + needed + " is down.");
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    }

    /** UP, or the message ID and what is down; the detail is logged when it is new. */
    private String report(String part, Optional<String> failure, String what) {
        String detail = failure.orElse(UP);
        logOnChange(part, detail);
        if (failure.isEmpty()) {
            return UP;
        }
        if (detail.startsWith(NOT_CHECKED)) {
            return detail;
        }
        Matcher id = MESSAGE_ID.matcher(detail);
        return (id.find() ? id.group(1) : UNEXPECTED) + ": " + what + "; the details are in the server log.";
    }

    private synchronized void logOnChange(String part, String detail) {
        String previous = lastLogged.put(part, detail);
        if (detail.startsWith(NOT_CHECKED)) {
            return; // the part it needs is logged
        }
        if (!detail.equals(previous) && !(previous == null && UP.equals(detail))) {
            if (UP.equals(detail)) {
                LOG.info(() -> "Readiness: " + part + " is UP again.");
            } else {
                LOG.warning(() -> "Readiness: " + part + " is DOWN: " + detail);
            }
        }
    }
}

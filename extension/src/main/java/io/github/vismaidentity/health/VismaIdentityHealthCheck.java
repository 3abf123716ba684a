package io.github.vismaidentity.health;

import io.github.vismaidentity.protocol.Discovery;
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
 * Readiness: the token store answers, and Visma's discovery document can be fetched and names the
 * configured issuer (fetched at most once per {@link #DISCOVERY_INTERVAL}). Registered by the extension only
 * when the server has MicroProfile Health ({@code /health/ready}). The response, which anyone who reaches the
 * endpoint can read, names what is down by its message ID only; the details (a JNDI name, a JDBC driver's text
 * with host and user, an address) go to the server log, once per change.
 */
// The bean (cdi.ReadinessCheckBean) carries the @Readiness qualifier; on the class it says what this is.
@Readiness
public final class VismaIdentityHealthCheck implements HealthCheck {

    /** The name of the check in the health response. */
    public static final String NAME = "visma-identity";
    /** How long one fetch of the discovery document answers readiness probes. */
    public static final Duration DISCOVERY_INTERVAL = Duration.ofSeconds(60);

    private static final Logger LOG = Logger.getLogger(VismaIdentityHealthCheck.class.getName());
    private static final Pattern MESSAGE_ID = Pattern.compile("^(VISMAID\\d{4}):");
    private static final String UP = "UP";

    private final CachedDiscoveryProbe discovery;
    private final Supplier<TokenSetStore> store;
    private final Map<String, String> lastLogged = new LinkedHashMap<>();

    /**
     * @param discovery the issuer's discovery
     * @param store     the token store, looked up on each probe (the first lookup may fail)
     * @param clock     the clock that times {@link #DISCOVERY_INTERVAL}
     */
    public VismaIdentityHealthCheck(Discovery discovery, Supplier<TokenSetStore> store, Clock clock) {
        this.discovery = new CachedDiscoveryProbe(discovery, clock, DISCOVERY_INTERVAL);
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("discovery", report("discovery", discovery.failure().map(RuntimeException::getMessage).orElse(UP),
                "Visma's discovery document could not be fetched or used"));
        String storeState;
        try {
            store.get().ping();
            storeState = UP;
        } catch (RuntimeException failure) {
            storeState = failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage();
        }
        data.put("tokenStore", report("tokenStore", storeState, "the token store did not answer"));
        boolean up = data.values().stream().allMatch(UP::equals);
        // The constructor, not HealthCheckResponse.named(): no dependency on the server's builder provider.
        return new HealthCheckResponse(NAME, up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                Optional.of(data));
    }

    /** UP, or the message ID and what is down; the detail is logged when it is new. */
    private String report(String part, String detail, String what) {
        logOnChange(part, detail);
        if (UP.equals(detail)) {
            return UP;
        }
        Matcher id = MESSAGE_ID.matcher(detail);
        return (id.find() ? id.group(1) + ": " : "") + what + "; the details are in the server log.";
    }

    private synchronized void logOnChange(String part, String detail) {
        String previous = lastLogged.put(part, detail);
        if (!detail.equals(previous) && !(previous == null && UP.equals(detail))) {
            if (UP.equals(detail)) {
                LOG.info(() -> "Readiness: " + part + " is UP again.");
            } else {
                LOG.warning(() -> "Readiness: " + part + " is DOWN: " + detail);
            }
        }
    }
}

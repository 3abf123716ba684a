package io.github.vismaidentity.health;

import io.github.vismaidentity.protocol.Discovery;
import io.github.vismaidentity.protocol.SignInFailure;
import io.github.vismaidentity.store.TokenSetStore;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Readiness: the token store answers, and Visma's discovery document can be fetched and names the
 * configured issuer. Registered by the extension only when the server has MicroProfile Health
 * ({@code /health/ready}); the response names what is down with its message ID, never a secret.
 */
// The bean (cdi.ReadinessCheckBean) carries the @Readiness qualifier; on the class it says what this is.
@Readiness
public final class VismaIdentityHealthCheck implements HealthCheck {

    /** The name of the check in the health response. */
    public static final String NAME = "visma-identity";

    private final Discovery discovery;
    private final Supplier<TokenSetStore> store;

    public VismaIdentityHealthCheck(Discovery discovery, Supplier<TokenSetStore> store) {
        this.discovery = discovery;
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, Object> data = new LinkedHashMap<>();
        try {
            discovery.probe();
            data.put("discovery", "UP");
        } catch (SignInFailure failure) {
            data.put("discovery", failure.getMessage());
        }
        try {
            store.get().ping();
            data.put("tokenStore", "UP");
        } catch (RuntimeException failure) {
            data.put("tokenStore", String.valueOf(failure.getMessage()));
        }
        boolean up = data.values().stream().allMatch("UP"::equals);
        // The constructor, not HealthCheckResponse.named(): no dependency on the server's builder provider.
        return new HealthCheckResponse(NAME, up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                Optional.of(data));
    }
}

package io.github.vismaidentity.eaccounting.cdi;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaIdentityDefinition;
import io.github.vismaidentity.VismaToken;
import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.eaccounting.EAccountingClient;
import io.github.vismaidentity.eaccounting.support.EmulatorTokens;
import io.github.vismaidentity.emulator.EmulatorBuilder;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.cdi.VismaIdentityExtension;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The injected client on Weld SE, configured through MicroProfile Config (SmallRye, from system properties as an
 * operator's environment would be), calling the emulator with the request's caller token; without the extension
 * unless a test says otherwise, and then calling the API the extension resolved.
 */
class EAccountingClientsTest extends EmulatorTestBase {

    private static EmulatorTokens signedIn;
    private final Map<String, String> previous = new HashMap<>();
    private WeldContainer container;

    @Override
    protected EmulatorBuilder configure(EmulatorBuilder builder) {
        return builder.clock(Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC));
    }

    @BeforeEach
    void signIn() {
        signedIn = EmulatorTokens.signIn(emulator, browser);
        set(VismaIdentityDefinition.API_BASE_URL, emulator.apiBaseUri().toString());
    }

    @AfterEach
    void shutDownAndRestore() {
        if (container != null && container.isRunning()) {
            container.shutdown();
        }
        previous.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    /**
     * The application's side: the extension's token service and the request's caller token. Selected
     * alternatives, so that they stand in for the extension's own beans where a test turns the extension on.
     */
    @Alternative
    @Priority(1)
    static class Tokens {

        @Produces
        VismaTokens tokens() {
            return signedIn;
        }

        @Produces
        @RequestScoped
        @VismaToken
        VismaAccessToken callerToken() {
            return signedIn.forCompany(signedIn.companyId());
        }
    }

    @Test
    void theInjectedClientCallsTheConfiguredApiWithTheCallersToken() {
        start();

        String name = inRequest(() -> client().companySettings().get().name());

        assertThat(name).isEqualTo("Demo AB");
        assertThat(emulator.control().requests(Endpoint.API_COMPANY_SETTINGS)).isEqualTo(1);
    }

    /** The application's definition; {@link ApiBaseUrlAttribute} gives it the emulator's API at run time. */
    @VismaIdentityDefinition
    @ApplicationScoped
    static class SignsIn {
    }

    /**
     * Sets {@code apiBaseUrl} on {@link SignsIn}'s {@code @VismaIdentityDefinition} to the emulator's API, whose port
     * is known only at run time, as {@code @VismaIdentityDefinition(apiBaseUrl = "...")} would.
     */
    static final class ApiBaseUrlAttribute implements Extension {
        private final String apiBaseUrl;

        ApiBaseUrlAttribute(String apiBaseUrl) {
            this.apiBaseUrl = apiBaseUrl;
        }

        void set(@Observes ProcessAnnotatedType<SignsIn> event) {
            VismaIdentityDefinition written = SignsIn.class.getAnnotation(VismaIdentityDefinition.class);
            VismaIdentityDefinition withUrl = (VismaIdentityDefinition) Proxy.newProxyInstance(
                    VismaIdentityDefinition.class.getClassLoader(), new Class<?>[] {VismaIdentityDefinition.class},
                    (proxy, method, args) -> "apiBaseUrl".equals(method.getName()) ? apiBaseUrl
                            : method.invoke(written, args));
            event.configureAnnotatedType().remove(VismaIdentityDefinition.class::isInstance).add(withUrl);
        }
    }

    @Test
    void theInjectedClientCallsTheApiBaseUrlOfTheAnnotationTheExtensionRead() {
        clear(VismaIdentityDefinition.API_BASE_URL);
        set(VismaIdentityDefinition.CLIENT_ID, "demo-client");
        set(VismaIdentityDefinition.CLIENT_SECRET, "demo-secret");
        set(VismaIdentityDefinition.ISSUER, emulator.issuer());
        container = new Weld().disableDiscovery().addExtension(new VismaIdentityExtension())
                .addExtension(new ApiBaseUrlAttribute(emulator.apiBaseUri().toString()))
                .addBeanClasses(SignsIn.class, EAccountingClients.class, Tokens.class).initialize();

        String name = inRequest(() -> client().companySettings().get().name());

        assertThat(name).isEqualTo("Demo AB");
        assertThat(emulator.control().requests(Endpoint.API_COMPANY_SETTINGS)).isEqualTo(1);
    }

    @Test
    void theConfiguredCallsPerMinutePaceTheInjectedClient() {
        set(EAccountingClients.CALLS_PER_MINUTE, "0");
        emulator.control().rateLimitPerMinute(2);
        start();

        assertThatThrownBy(() -> inRequest(() -> {
            for (int i = 0; i < 3; i++) {
                client().customers().list();
            }
            return null;
        })).as("0 turns pacing off: the third call meets the emulator's limit").hasMessageContaining("HTTP 429");
        assertThat(emulator.control().count(Counter.RATE_LIMITED_API_CALLS)).isEqualTo(1);
    }

    @Test
    void aJobWithoutARequestUsesTheInjectedClientForACompany() {
        start();

        assertThat(client().forCompany(signedIn.companyId()).users().list().items()).isNotEmpty();
        assertThatThrownBy(() -> client().users().list()).hasMessageContaining("VISMAID5021")
                .hasMessageContaining("forCompany(companyId)");
    }

    @Test
    void theClientIsClosedAtShutdown() {
        start();
        EAccountingClient client = client();

        container.shutdown();

        assertThatThrownBy(() -> client.forCompany(signedIn.companyId()).users().list())
                .isInstanceOf(IllegalStateException.class);
        assertThat(emulator.control().requests(Endpoint.API_USERS)).isZero();
    }

    @Test
    void aCallsPerMinuteThatIsNotANumberSaysWhatToSet() {
        set(EAccountingClients.CALLS_PER_MINUTE, "lots");
        start();

        assertThatThrownBy(() -> client().forCompany(signedIn.companyId()).users().list())
                .hasStackTraceContaining("VISMAID5020: visma.eaccounting.calls-per-minute is a whole number")
                .hasStackTraceContaining("not 'lots'");
    }

    /** Without the extension the client reads the key itself; with it, the extension refuses the value first. */
    @Test
    void aBaseUrlThatIsNotOneSaysWhatToSet() {
        set(VismaIdentityDefinition.API_BASE_URL, "eaccountingapi.vismaonline.com");
        start();

        assertThatThrownBy(() -> client().forCompany(signedIn.companyId()).users().list())
                .hasStackTraceContaining("VISMAID5020: visma.identity.api-base-url is a URL such as");
    }

    private void start() {
        container = new Weld().disableDiscovery().addBeanClasses(EAccountingClients.class, Tokens.class).initialize();
    }

    private EAccountingClient client() {
        return container.select(EAccountingClient.class).get();
    }

    private <T> T inRequest(java.util.function.Supplier<T> work) {
        RequestContextController request = container.select(RequestContextController.class).get();
        request.activate();
        try {
            return work.get();
        } finally {
            request.deactivate();
        }
    }

    private void set(String key, String value) {
        previous.putIfAbsent(key, System.getProperty(key));
        System.setProperty(key, value);
    }

    private void clear(String key) {
        previous.putIfAbsent(key, System.getProperty(key));
        System.clearProperty(key);
    }
}

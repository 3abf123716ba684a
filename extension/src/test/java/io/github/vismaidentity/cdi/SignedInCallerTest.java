package io.github.vismaidentity.cdi;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaCallerPrincipal;
import io.github.vismaidentity.VismaIdentityDefinition;
import io.github.vismaidentity.VismaRateLimitedException;
import io.github.vismaidentity.VismaToken;
import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.client.VismaBearerFilter;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.refresh.RefreshingTokensFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.weld.contexts.WeldCreationalContext;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The extension's beans for a signed-in caller, in Weld SE inside a request: the caller is signed in at the
 * emulator and their tokens are stored, as after a real sign-in; only the server's {@code SecurityContext} and
 * the JNDI/JTA-bound {@code VismaTokens} are stood in for.
 */
class SignedInCallerTest extends EmulatorTestBase {

    private final WeldHarness config = new WeldHarness();
    private RefreshingTokensFactory.Signed signed;

    @VismaIdentityDefinition
    @ApplicationScoped
    static class Activated {
    }

    @Dependent
    static class Header {
        @Inject
        @VismaToken
        String accessToken;

        String value() {
            return "Bearer " + accessToken;
        }
    }

    @RequestScoped
    static class Page {
        @Inject
        @VismaToken
        String accessToken;

        @Inject
        Header header;

        @Inject
        @VismaToken
        VismaAccessToken token;

        String accessToken() {
            return accessToken;
        }

        VismaAccessToken token() {
            return token;
        }

        Header header() {
            return header;
        }
    }

    @ApplicationScoped
    static class Job {
        @Inject
        @VismaToken
        Instance<String> accessToken;

        String accessToken() {
            return accessToken.get();
        }
    }

    /** What the server would give: the signed-in caller, and the tokens the sign-in stored. */
    static final class SignedInServer implements Extension {
        private final RefreshingTokensFactory.Signed signed;

        SignedInServer(RefreshingTokensFactory.Signed signed) {
            this.signed = signed;
        }

        void addCallerAndTokens(@Observes AfterBeanDiscovery event) {
            VismaCallerPrincipal caller = new VismaCallerPrincipal(signed.subject(), signed.subject(),
                    signed.companyId(), "Demo AB");
            event.addBean().types(VismaTokens.class).alternative(true).priority(1).createWith(c -> signed.tokens());
            event.addBean().types(SecurityContext.class).createWith(c -> Proxy.newProxyInstance(
                    SecurityContext.class.getClassLoader(), new Class<?>[] {SecurityContext.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("getCallerPrincipal")) {
                            return caller;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    }));
        }
    }

    @BeforeEach
    void signIn() {
        signed = RefreshingTokensFactory.signIn(emulator, browser);
        config.configureFor(emulator);
    }

    @AfterEach
    void restoreProperties() {
        config.restore();
    }

    @Test
    void theInjectedStringInRequestScopedAndDependentBeansIsTheCallersAccessTokenWhichTheApiAccepts() {
        try (WeldContainer container = start(Page.class, Header.class)) {
            inRequest(container, () -> {
                Page page = container.select(Page.class).get();

                assertThat(page.accessToken()).isNotBlank().isEqualTo(page.token().value())
                        .isEqualTo(signed.tokens().forCompany(signed.companyId()).value());
                assertThat(page.header().value()).isEqualTo(page.token().authorizationHeader());
                try (Client client = ClientBuilder.newClient(); Response settings = client.target(companySettings())
                        .request().header(HttpHeaders.AUTHORIZATION, page.header().value()).get()) {
                    assertThat(settings.getStatus()).isEqualTo(200);
                    assertThat(settings.readEntity(String.class)).contains("Demo AB");
                }
            });
        }
    }

    @Test
    void anApplicationScopedBeanGetsTheCurrentTokenThroughInstance() {
        try (WeldContainer container = start(Job.class)) {
            inRequest(container, () -> assertThat(container.select(Job.class).get().accessToken())
                    .isEqualTo(signed.tokens().forCompany(signed.companyId()).value()));
        }
    }

    /** Weld's own bookkeeping: what it keeps to destroy later stays with the Instance's owner for its lifetime. */
    @Test
    void tokenStringsTakenFromAnInstanceAreNotKeptByTheContainer() {
        try (WeldContainer container = start()) {
            inRequest(container, () -> {
                BeanManager beans = container.getBeanManager();
                Bean<?> bean = beans.resolve(beans.getBeans(String.class, VismaToken.Literal.INSTANCE));
                WeldCreationalContext<?> owner = (WeldCreationalContext<?>) beans.createCreationalContext(null);

                Object token = beans.getReference(bean, String.class, owner);

                assertThat(token).isEqualTo(signed.tokens().forCompany(signed.companyId()).value());
                assertThat(owner.getDependentInstances()).isEmpty();
            });
        }
    }

    @Test
    void theRegisteredFilterTakesItsRateLimitBoundFromTheConfiguration() {
        config.set(VismaIdentityDefinition.RATE_LIMIT_MAX_WAIT, "1");
        try (WeldContainer container = start(); Client client = ClientBuilder.newClient()) {
            client.register(VismaBearerFilter.class);
            inRequest(container, () -> {
                limitToOneCallAndAskForTheLast(Duration.ofSeconds(5), client);

                assertThatThrownBy(() -> client.target(users()).request().get().close())
                        .isInstanceOf(ProcessingException.class).cause()
                        .isInstanceOfSatisfying(VismaRateLimitedException.class, limited -> {
                            assertThat(limited.retryAfter()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(5));
                            assertThat(limited.getMessage()).contains("at most 1 second");
                        });
            });
        }
    }

    @Test
    void theRegisteredFilterReallyWaitsAShortWaitAndSendsTheCallOnceMore() {
        try (WeldContainer container = start(); Client client = ClientBuilder.newClient()) {
            client.register(VismaBearerFilter.class);
            inRequest(container, () -> {
                limitToOneCallAndAskForTheLast(Duration.ofSeconds(2), client);
                long calls = emulator.control().requests(Endpoint.API_USERS);
                long started = System.nanoTime();

                try (Response again = client.target(users()).request().get()) {
                    assertThat(again.getStatus()).isEqualTo(200);
                }
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
                assertThat(emulator.control().requests(Endpoint.API_USERS) - calls).isEqualTo(2);
                assertThat(emulator.control().count(Counter.RATE_LIMITED_API_CALLS)).isEqualTo(1);
            });
        }
    }

    /**
     * One call a minute, and that one made; then the emulator's clock moves on, so that a 429 asks to wait for
     * what is left of the minute: {@code left}, or a second less on a slow machine.
     */
    private void limitToOneCallAndAskForTheLast(Duration left, Client client) {
        emulator.control().rateLimitPerMinute(1);
        try (Response first = client.target(users()).request().get()) {
            assertThat(first.getStatus()).isEqualTo(200);
        }
        emulator.control().advanceClock(Duration.ofMinutes(1).minus(left));
    }

    private WeldContainer start(Class<?>... beans) {
        Class<?>[] all = new Class<?>[beans.length + 1];
        all[0] = Activated.class;
        System.arraycopy(beans, 0, all, 1, beans.length);
        return WeldHarness.weld(all, new SignedInServer(signed)).initialize();
    }

    private static void inRequest(WeldContainer container, Runnable work) {
        RequestContextController request = container.select(RequestContextController.class).get();
        request.activate();
        try {
            work.run();
        } finally {
            request.deactivate();
        }
    }

    private URI companySettings() {
        return emulator.apiBaseUri().resolve("/v2/companysettings");
    }

    private URI users() {
        return emulator.apiBaseUri().resolve("/v2/users");
    }
}

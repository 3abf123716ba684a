package io.github.vismaidentity.cdi;

import io.github.vismaidentity.VismaError;
import io.github.vismaidentity.VismaIdentityDefinition;
import io.github.vismaidentity.VismaReauthenticationRequiredException;
import io.github.vismaidentity.VismaTransientException;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.mechanism.ReauthenticationFilter;
import io.github.vismaidentity.support.ServletExchange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletException;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Reauthentication filter in a CDI application (Weld SE, SmallRye Config): with
 * {@code visma.identity.error-path} set, a token failure escaping a page goes to the application's page; a
 * failure that needs a new sign-in still goes to Visma; without the setting the container gets the failure.
 */
class ErrorPathInContainerTest extends EmulatorTestBase {

    private final WeldHarness config = new WeldHarness();
    private final ServletExchange exchange = new ServletExchange();

    @VismaIdentityDefinition
    @ApplicationScoped
    static class Activated {
    }

    @AfterEach
    void restore() {
        config.restore();
    }

    @Test
    void withTheSettingATransientTokenFailureEscapingAPageIsForwardedThereWith503() throws Exception {
        config.configureFor(emulator);
        config.set(VismaIdentityDefinition.ERROR_PATH, "/oops");
        exchange.page = (request, response) -> response.getWriter().print("id="
                + request.getAttribute(VismaError.MESSAGE_ID));

        try (WeldContainer container = WeldHarness.weld(new Class<?>[] {Activated.class}).initialize()) {
            new ReauthenticationFilter().doFilter(exchange.request, exchange.response, (request, response) -> {
                throw new ServletException(new VismaTransientException("VISMAID4010", "no answer", null));
            });
        }

        assertThat(exchange.forwardedTo).containsExactly("/oops");
        assertThat(exchange.status).isEqualTo(503);
        assertThat(exchange.body()).isEqualTo("id=VISMAID4010");
    }

    @Test
    void withoutTheSettingTheTokenFailureGoesOnToTheContainer() {
        config.configureFor(emulator);
        ServletException failure = new ServletException(new VismaTransientException("VISMAID4010", "no answer", null));

        try (WeldContainer container = WeldHarness.weld(new Class<?>[] {Activated.class}).initialize()) {
            assertThatThrownBy(() -> new ReauthenticationFilter().doFilter(exchange.request, exchange.response,
                    (request, response) -> {
                        throw failure;
                    })).isSameAs(failure);
        }
        assertThat(exchange.forwardedTo).isEmpty();
    }

    @Test
    void aFailureThatNeedsANewSignInStillRedirectsToTheSignIn() throws Exception {
        config.configureFor(emulator);
        config.set(VismaIdentityDefinition.ERROR_PATH, "/oops");

        try (WeldContainer container = WeldHarness.weld(new Class<?>[] {Activated.class}).initialize()) {
            new ReauthenticationFilter().doFilter(exchange.request, exchange.response, (request, response) -> {
                throw new VismaReauthenticationRequiredException("VISMAID4001", "marked", "sub", "company");
            });
        }
        assertThat(exchange.forwardedTo).isEmpty();
        assertThat(exchange.redirectedTo).startsWith("/app" + VismaIdentityDefinition.SIGN_IN_PATH + "?login=true");
    }
}

package io.github.vismaidentity.cdi;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaIdentityDefinition;
import io.github.vismaidentity.VismaToken;
import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.mechanism.VismaAuthenticationMechanism;
import io.github.vismaidentity.support.CapturedLog;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.AfterTypeDiscovery;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServlet;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.manager.api.WeldManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.Serializable;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The portable extension in a real CDI container (Weld SE) with a real MicroProfile Config (SmallRye),
 * configured through system properties as an operator would through the environment.
 */
class VismaIdentityExtensionTest extends EmulatorTestBase {

    private final WeldHarness config = new WeldHarness();

    @VismaIdentityDefinition(clientId = "from-annotation")
    @ApplicationScoped
    static class Activated {
    }

    @VismaIdentityDefinition
    @ApplicationScoped
    static class AlsoActivated {
    }

    @ApplicationScoped
    static class PlainBean {
    }

    @VismaIdentityDefinition(clientId = "enabled")
    @Alternative
    @Priority(1)
    @ApplicationScoped
    static class EnabledAlternative {
    }

    @VismaIdentityDefinition(clientId = "not-enabled")
    @Alternative
    @ApplicationScoped
    static class AlternativeNotEnabled {
    }

    @ApplicationScoped
    static class KeepsTheFirstCallersToken {
        @Inject
        @VismaToken
        String token;
    }

    @SessionScoped
    static class KeepsATokenForTheSession implements Serializable {
        private static final long serialVersionUID = 1L;

        @Inject
        @VismaToken
        String token;
    }

    @Singleton
    static class KeepsTheTokenOfItsConstructor {
        @Inject
        KeepsTheTokenOfItsConstructor(@VismaToken String token) {
        }
    }

    @Dependent
    static class ProducesFromTheFirstCallersToken {
        @Produces
        @Singleton
        CharSequence firstToken(@VismaToken String token) {
            return token;
        }
    }

    @Dependent
    static class HeaderFromTheToken {
        @Inject
        @VismaToken
        String token;
    }

    @Dependent
    static class ClientWithAHeader {
        @Inject
        HeaderFromTheToken header;
    }

    @ApplicationScoped
    static class HoldsADependentWithTheToken {
        @Inject
        HeaderFromTheToken header;
    }

    @ApplicationScoped
    static class HoldsAChainOfDependentsToTheToken {
        @Inject
        ClientWithAHeader client;
    }

    @RequestScoped
    static class HoldsTheDependentForOneRequest {
        @Inject
        HeaderFromTheToken header;
    }

    @ApplicationScoped
    static class LooksTheDependentUpOnEveryUse {
        @Inject
        Instance<HeaderFromTheToken> header;
    }

    static class ServletWithATokenField extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        @VismaToken
        transient String token;
    }

    static class FilterWithADependentHoldingTheToken extends HttpFilter {
        private static final long serialVersionUID = 1L;

        @Inject
        transient HeaderFromTheToken header;
    }

    static class ListenerWithATokenField implements ServletRequestListener {
        @Inject
        @VismaToken
        String token;
    }

    static class ServletWithTheAccessTokenProxy extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        @VismaToken
        transient VismaAccessToken token;
    }

    @AfterEach
    void restoreProperties() {
        config.restore();
    }

    @Test
    void withoutTheAnnotationNoMechanismExists() {
        try (WeldContainer container = weld(PlainBean.class).initialize()) {
            assertThat(container.select(HttpAuthenticationMechanism.class).isResolvable()).isFalse();
            assertThat(container.select(VismaTokens.class).isResolvable()).isFalse();
            assertThat(container.select(String.class, VismaToken.Literal.INSTANCE).isResolvable()).isFalse();
        }
    }

    @Test
    void anAlternativeThatIsNotEnabledDoesNotTurnTheExtensionOn() {
        configureForEmulator();

        try (CapturedLog log = CapturedLog.of(VismaIdentityExtension.class);
             WeldContainer container = weld(AlternativeNotEnabled.class, PlainBean.class).initialize()) {
            assertThat(container.select(HttpAuthenticationMechanism.class).isResolvable()).isFalse();
            assertThat(container.select(VismaTokens.class).isResolvable()).isFalse();
            assertThat(log.warnings()).singleElement().asString()
                    .startsWith(VismaIdentityExtension.NOT_AN_ENABLED_BEAN).contains("sign-in is off");
        }
    }

    @Test
    void ofTwoAnnotatedAlternativesOnlyTheEnabledOneCountsAndTurnsTheExtensionOn() {
        configureForEmulator();

        try (WeldContainer container = weld(EnabledAlternative.class, AlternativeNotEnabled.class).initialize()) {
            assertThat(container.select(HttpAuthenticationMechanism.class).isResolvable()).isTrue();
            assertThat(container.getBeanManager().getBeans(HealthCheck.class, Readiness.Literal.INSTANCE))
                    .singleElement()
                    .satisfies(bean -> assertThat(bean.getBeanClass()).isEqualTo(EnabledAlternative.class));
        }
    }

    @Test
    void theAnnotationWithAValidConfigurationRegistersTheMechanism() {
        configureForEmulator();

        try (WeldContainer container = weld(Activated.class).initialize()) {
            assertThat(container.getBeanManager().getBeans(HttpAuthenticationMechanism.class))
                    .singleElement().satisfies(bean -> {
                        assertThat(bean.getBeanClass()).isEqualTo(VismaAuthenticationMechanism.class);
                        assertThat(bean.getScope()).isEqualTo(Singleton.class);
                    });
            assertThat(container.select(HttpAuthenticationMechanism.class).get().toString())
                    .contains(VismaAuthenticationMechanism.class.getSimpleName());
            assertThat(container.select(VismaTokens.class).isResolvable()).isTrue();
            assertThat(container.select(VismaAccessToken.class, VismaToken.Literal.INSTANCE).isResolvable()).isTrue();
            assertThat(container.select(String.class, VismaToken.Literal.INSTANCE).isResolvable()).isTrue();
        }
    }

    @Test
    void theContainerGetsTheMechanismItselfNotAClientProxyThatLooksItUpOnEveryCall() {
        configureForEmulator();

        try (WeldContainer container = weld(Activated.class).initialize()) {
            HttpAuthenticationMechanism first = container.select(HttpAuthenticationMechanism.class).get();
            HttpAuthenticationMechanism second = container.select(HttpAuthenticationMechanism.class).get();

            assertThat(first).isExactlyInstanceOf(VismaAuthenticationMechanism.class).isSameAs(second);
        }
    }

    @Test
    void theReadinessCheckNamesThePartThatIsDownByItsMessageIdWithoutTheJndiName() {
        configureForEmulator();

        try (WeldContainer container = weld(Activated.class).initialize()) {
            HealthCheckResponse response = container.select(HealthCheck.class, Readiness.Literal.INSTANCE).get().call();

            assertThat(response.getName()).isEqualTo("visma-identity");
            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(response.getData().orElseThrow()).containsEntry("discovery", "UP")
                    .hasEntrySatisfying("datasource", value -> assertThat(value.toString()).startsWith("VISMAID3010")
                            .doesNotContain("java:comp/DefaultDataSource", "NamingException"))
                    .hasEntrySatisfying("table", value -> assertThat(value.toString()).startsWith("VISMAID6040"))
                    .hasEntrySatisfying("key", value -> assertThat(value.toString()).startsWith("VISMAID6040"));
        }
    }

    @Test
    void theReadinessCheckBelongsToTheBeanArchiveOfTheAnnotatedApplicationClass() {
        configureForEmulator();

        try (WeldContainer container = weld(Activated.class).initialize()) {
            // WildFly's MicroProfile Health only finds checks in the application's own bean archives.
            assertThat(container.getBeanManager().getBeans(HealthCheck.class, Readiness.Literal.INSTANCE))
                    .singleElement().satisfies(bean -> assertThat(bean.getBeanClass()).isEqualTo(Activated.class));
        }
    }

    @Test
    void aBadConfigurationFailsTheDeploymentWithEveryProblemAtOnce() {
        set(VismaIdentityDefinition.ISSUER, "https://auth.vismaonline.com");
        set(VismaIdentityDefinition.SCOPES, "sales ea:nonsense");

        assertThatThrownBy(() -> weld(PlainBean.class, AlsoActivated.class).initialize().close())
                .hasMessageContainingAll("VISMAID1001", "VISMAID1002", "VISMAID1005", "VISMAID1007", "VISMAID1008");
    }

    @Test
    void theAnnotationOnTwoClassesFailsTheDeployment() {
        configureForEmulator();

        assertThatThrownBy(() -> weld(Activated.class, AlsoActivated.class).initialize().close())
                .hasMessageContaining(VismaIdentityExtension.SEVERAL_DEFINITIONS);
    }

    @ParameterizedTest
    @ValueSource(classes = {KeepsTheFirstCallersToken.class, KeepsATokenForTheSession.class,
        KeepsTheTokenOfItsConstructor.class, ProducesFromTheFirstCallersToken.class})
    void aTokenStringInABeanThatOutlivesTheRequestFailsTheDeploymentSayingWhatToInjectInstead(Class<?> bean) {
        configureForEmulator();

        assertThatThrownBy(() -> weld(Activated.class, bean).initialize().close())
                .hasMessageContainingAll(TokenStrings.OUTLIVES_REQUEST, bean.getName(), "first caller's access token",
                        "@VismaToken VismaAccessToken", "@VismaToken Instance<String>", "@RequestScoped");
    }

    @ParameterizedTest
    @ValueSource(classes = {HoldsADependentWithTheToken.class, HoldsAChainOfDependentsToTheToken.class})
    void aDependentBeanWithTheTokenStringHeldByALongerLivedBeanFailsTheDeploymentNamingTheInjectionPoints(
            Class<?> holder) {
        configureForEmulator();

        assertThatThrownBy(() -> weld(Activated.class, holder, ClientWithAHeader.class, HeaderFromTheToken.class)
                .initialize().close())
                .hasMessageContainingAll(TokenStrings.HELD_BY_LONGER_LIVED, holder.getName(),
                        HeaderFromTheToken.class.getName() + ".token", "@ApplicationScoped", "first caller's",
                        "@VismaToken VismaAccessToken", "@VismaToken Instance<String>");
    }

    @ParameterizedTest
    @ValueSource(classes = {HoldsTheDependentForOneRequest.class, LooksTheDependentUpOnEveryUse.class})
    void aDependentBeanWithTheTokenStringIsAllowedWhereItLivesOneRequestOrIsLookedUpOnEachUse(Class<?> holder) {
        configureForEmulator();

        try (WeldContainer container = weld(Activated.class, holder, HeaderFromTheToken.class).initialize()) {
            assertThat(container.select(holder).isResolvable()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(classes = {ServletWithATokenField.class, FilterWithADependentHoldingTheToken.class,
        ListenerWithATokenField.class})
    void aServletFilterOrListenerThatReachesTheTokenStringFailsTheDeploymentNamingTheInjectionPoint(
            Class<?> component) {
        configureForEmulator();

        assertThatThrownBy(() -> WeldHarness.weld(new Class<?>[] {Activated.class, HeaderFromTheToken.class},
                new PreparesInjectionAsPayaraDoes(component)).initialize().close())
                .hasMessageContainingAll(TokenStrings.IN_SERVLET_COMPONENT, component.getName(), ".token)",
                        "one instance serves every request",
                        "@VismaToken VismaAccessToken");
    }

    @Test
    void aServletMayInjectTheRequestScopedAccessToken() {
        configureForEmulator();
        PreparesInjectionAsPayaraDoes server = new PreparesInjectionAsPayaraDoes(ServletWithTheAccessTokenProxy.class);

        try (WeldContainer container = WeldHarness.weld(new Class<?>[] {Activated.class}, server).initialize()) {
            assertThat(server.prepared).singleElement()
                    .satisfies(point -> assertThat(point.getType()).isEqualTo(VismaAccessToken.class));
        }
    }

    /**
     * What Payara's WeldDeployer does for every servlet, filter and listener of a WAR: after type discovery and
     * before the beans are deployed, it fires {@code ProcessInjectionTarget} for the class.
     */
    static final class PreparesInjectionAsPayaraDoes implements Extension {
        private final Class<?> component;
        private final List<InjectionPoint> prepared = new ArrayList<>();

        PreparesInjectionAsPayaraDoes(Class<?> component) {
            this.component = component;
        }

        void prepare(@Observes AfterTypeDiscovery event, BeanManager beans) {
            WeldManager manager = (WeldManager) beans;
            prepared.addAll(manager.fireProcessInjectionTarget(manager.createAnnotatedType(component))
                    .getInjectionPoints());
        }
    }

    @Test
    void aDiscoveryDocumentNamingAnotherIssuerFailsTheDeployment() {
        configureForEmulator();
        set(VismaIdentityDefinition.ISSUER, emulator.issuer() + "/");

        assertThatThrownBy(() -> weld(Activated.class).initialize().close()).hasMessageContaining("VISMAID2001");
    }

    @Test
    void anUnreachableIssuerAtDeploymentDoesNotKeepTheApplicationFromStarting() throws Exception {
        configureForEmulator();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        set(VismaIdentityDefinition.ISSUER, "http://localhost:" + closedPort);

        try (WeldContainer container = weld(Activated.class).initialize()) {
            assertThat(container.select(HttpAuthenticationMechanism.class).isResolvable()).isTrue();
        }
    }

    private void configureForEmulator() {
        config.configureFor(emulator);
    }

    private void set(String key, String value) {
        config.set(key, value);
    }

    private static Weld weld(Class<?>... beans) {
        return WeldHarness.weld(beans);
    }
}

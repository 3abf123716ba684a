package io.github.vismaidentity.emulator.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.github.vismaidentity.emulator.VismaEmulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs small test classes through the Jupiter engine and checks what the extension did to them. The classes
 * below are inner classes, which surefire does not run on their own; each records what it saw in static lists.
 */
class VismaEmulatorExtensionTest {

    private static final List<VismaEmulator> SEEN = new CopyOnWriteArrayList<>();
    private static final List<String> DISCOVERED_ISSUERS = new CopyOnWriteArrayList<>();

    @BeforeEach
    void forgetEarlierRuns() {
        SEEN.clear();
        DISCOVERED_ISSUERS.clear();
    }

    @Test
    void startsOneEmulatorForTheClassAndInjectsItEverywhere() {
        assertAllPass(InjectedEverywhere.class, 2);

        // two tests, each: the static field, the instance field, the constructor's and the method's parameter
        assertThat(SEEN).hasSize(8).doesNotContainNull().containsOnly(SEEN.get(0));
    }

    @Test
    void theInjectedEmulatorServesItsDiscoveryDocumentOverHttp() {
        assertAllPass(InjectedEverywhere.class, 2);

        URI issuer = SEEN.get(0).baseUri();
        assertThat(issuer.getPort()).isPositive();
        assertThat(DISCOVERED_ISSUERS).hasSize(2).containsOnly(issuer.toString());
    }

    @Test
    void stopsTheEmulatorAfterTheClass() {
        assertAllPass(InjectedEverywhere.class, 2);

        assertThatThrownBy(() -> Http.get(SEEN.get(0).discoveryUri())).isInstanceOf(IOException.class);
    }

    @Test
    void registersTheAnnotationsClientWithTheContextRootInItsRedirectUri() {
        assertAllPass(MyAppClient.class, 1);
    }

    @Test
    void aNestedClassSharesTheEmulatorOfTheClassAroundIt() {
        assertAllPass(Outer.class, 2);

        assertThat(SEEN).hasSize(2).containsOnly(SEEN.get(0));
    }

    @Test
    void appliesTheBuilderSettingsOfAStaticallyRegisteredExtension() {
        assertAllPass(FixedClock.class, 1);
    }

    @Test
    void anExtensionDeclaredAfterTheAnnotationFindsTheEmulatorRunningInItsBeforeAll() {
        assertAllPass(DeploysInBeforeAll.class, 1);

        // what Arquillian does: it calls the @Deployment method, which reads the field, in its beforeAll
        assertThat(SEEN).hasSize(1).doesNotContainNull();
    }

    @Test
    void aFieldOfAnotherTypeFailsTheClassNamingTheFieldAndTheTypeToUse() {
        assertClassFailsWith(WrongFieldType.class, "@VismaEmulatorInstance field 'visma' of "
                + WrongFieldType.class.getName() + " is a java.lang.String; declare it as "
                + VismaEmulator.class.getName());
    }

    @Test
    void aRelativeRedirectUriFailsTheClassSayingWhatToWrite() {
        assertClassFailsWith(RelativeRedirect.class, "The Visma emulator for " + RelativeRedirect.class.getName()
                + " cannot start: redirectUris takes absolute URIs such as"
                + " http://localhost:8080/myapp/visma/callback, not '/myapp/visma/callback'");
    }

    private static void assertClassFailsWith(Class<?> testClass, String message) {
        engine().selectors(selectClass(testClass)).execute().containerEvents().assertThatEvents()
                .haveExactly(1, event(container(testClass), finishedWithFailure(
                        instanceOf(ExtensionConfigurationException.class), message(message))));
    }

    private static void assertAllPass(Class<?> testClass, int tests) {
        engine().selectors(selectClass(testClass)).execute().testEvents()
                .assertStatistics(stats -> stats.started(tests).succeeded(tests));
    }

    private static EngineTestKit.Builder engine() {
        return EngineTestKit.engine("junit-jupiter").configurationParameter(ThroughTestKit.PARAMETER, "true");
    }

    @ThroughTestKit
    @WithVismaEmulator
    static class InjectedEverywhere {

        @VismaEmulatorInstance
        static VismaEmulator onTheClass;

        @VismaEmulatorInstance
        VismaEmulator onTheInstance;

        private final VismaEmulator fromTheConstructor;

        InjectedEverywhere(VismaEmulator visma) {
            fromTheConstructor = visma;
        }

        @Test
        void first(VismaEmulator visma) throws Exception {
            record(visma);
        }

        @Test
        void second(VismaEmulator visma) throws Exception {
            record(visma);
        }

        private void record(VismaEmulator visma) throws Exception {
            SEEN.addAll(Arrays.asList(onTheClass, onTheInstance, fromTheConstructor, visma));
            HttpResponse<String> discovery = Http.get(visma.discoveryUri());
            assertThat(discovery.statusCode()).isEqualTo(200);
            DISCOVERED_ISSUERS.add(JSONObjectUtils.getString(JSONObjectUtils.parse(discovery.body()), "issuer"));
        }
    }

    @ThroughTestKit
    @WithVismaEmulator(clientId = "my-app", clientSecret = "my-secret",
            redirectUris = "http://localhost:8080/myapp/visma/callback")
    static class MyAppClient {

        @Test
        void signInWithTheRegisteredRedirectUriGoesOnToTheLoginPageAndAnyOtherIsRefused(VismaEmulator visma)
                throws Exception {
            assertThat(Http.get(authorize(visma, "http://localhost:8080/myapp/visma/callback")).statusCode())
                    .isBetween(300, 399);
            assertThat(Http.get(authorize(visma, "http://localhost:8080/visma/callback")).statusCode())
                    .isEqualTo(400);
        }

        private static URI authorize(VismaEmulator visma, String redirectUri) {
            return URI.create(visma.authorizationEndpoint() + "?response_type=code&client_id=my-app"
                    + "&scope=openid%20offline_access%20ea:api&state=s1&nonce=n1&redirect_uri=" + redirectUri);
        }
    }

    @ThroughTestKit
    @WithVismaEmulator
    static class Outer {

        @Test
        void outside(VismaEmulator visma) {
            SEEN.add(visma);
        }

        @Nested
        class Inside {

            @Test
            void inside(VismaEmulator visma) {
                SEEN.add(visma);
            }
        }
    }

    @ThroughTestKit
    static class FixedClock {

        private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

        @RegisterExtension
        static VismaEmulatorExtension visma = VismaEmulatorExtension.configuredBy(
                builder -> builder.clock(Clock.fixed(NOW, ZoneOffset.UTC)));

        @Test
        void theEmulatorRunsOnTheGivenClock(VismaEmulator emulator) {
            assertThat(emulator.control().now()).isEqualTo(NOW);
        }
    }

    @ThroughTestKit
    @WithVismaEmulator
    @ExtendWith(DeploysInBeforeAll.ReadsTheField.class)
    static class DeploysInBeforeAll {

        @VismaEmulatorInstance
        static VismaEmulator visma;

        @Test
        void runs() {
        }

        /** Stands for Arquillian's extension, which deploys in its beforeAll. */
        static class ReadsTheField implements BeforeAllCallback {

            @Override
            public void beforeAll(ExtensionContext context) {
                SEEN.add(visma);
            }
        }
    }

    @ThroughTestKit
    @WithVismaEmulator
    static class WrongFieldType {

        @VismaEmulatorInstance
        static String visma;

        @Test
        void neverRuns() {
        }
    }

    @ThroughTestKit
    @WithVismaEmulator(redirectUris = "/myapp/visma/callback")
    static class RelativeRedirect {

        @Test
        void neverRuns() {
        }
    }
}

package io.github.vismaidentity.emulator.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts a Visma emulator once for the annotated test class, on a free port, and stops it after the class's last
 * test. Its defaults are the emulator's: the client {@code demo-client} / {@code demo-secret}, the users
 * {@code demo} / {@code demo} (two companies) and {@code solo} / {@code solo}, access tokens for an hour.
 * Get the running emulator as a parameter of a constructor, a test, or a {@code @BeforeAll} / {@code @BeforeEach}
 * method, or in a field annotated {@link VismaEmulatorInstance}:
 *
 * <pre>{@code
 * @WithVismaEmulator(redirectUris = "http://localhost:8080/myapp/visma/callback")
 * class SignInTest {
 *
 *     @Test
 *     void discoveryNamesTheIssuer(VismaEmulator visma) throws Exception {
 *         HttpResponse<String> discovery = HttpClient.newHttpClient().send(
 *                 HttpRequest.newBuilder(visma.discoveryUri()).build(), HttpResponse.BodyHandlers.ofString());
 *         assertThat(discovery.body()).contains(visma.issuer());
 *     }
 * }
 * }</pre>
 *
 * A {@code @Nested} class shares its enclosing class's emulator. For settings the attributes do not cover (a
 * {@code Clock}, users built in code), register {@link VismaEmulatorExtension#configuredBy} on a static field
 * instead.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(VismaEmulatorExtension.class)
public @interface WithVismaEmulator {

    /**
     * The registered client's id: the application's {@code visma.identity.client-id}.
     *
     * @return the client id
     */
    String clientId() default "demo-client";

    /**
     * The registered client's secret: the application's {@code visma.identity.client-secret}.
     *
     * @return the secret
     */
    String clientSecret() default "demo-secret";

    /**
     * The client's redirect URIs, each matched exactly. A WAR deployed as {@code myapp.war} has its callback at
     * {@code http://HOST:PORT/myapp/visma/callback}: the context root is part of the URI.
     *
     * @return absolute URIs without a fragment
     */
    String[] redirectUris() default "http://localhost:8080/visma/callback";

    /**
     * Where the emulator's end-session endpoint may send the browser after signing out: the application's own
     * pages, with its context root.
     *
     * @return absolute URIs
     */
    String[] postLogoutRedirectUris() default "http://localhost:8080/";

    /**
     * A users file in the format of the emulator's {@code --users FILE} ({@code emulator/README.md}), relative to
     * the working directory (the module's folder under Maven), replacing the seeded users. Empty: the seeded
     * {@code demo} and {@code solo}.
     *
     * @return the file's path, or empty
     */
    String usersFile() default "";

    /**
     * The access tokens' lifetime ({@code expires_in}); a short one makes refreshes happen within a test.
     *
     * @return seconds, 1 or more
     */
    long accessTokenSeconds() default 3600;

    /**
     * The port to listen on. Keep 0, a free port, unless the application under test cannot be told another
     * issuer than a fixed one.
     *
     * @return the port, or 0
     */
    int port() default 0;
}

package io.github.vismaidentity.it.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.it.smoke.app.TransactionServlet;
import io.github.vismaidentity.it.smoke.lib.SmokeExtension;
import io.github.vismaidentity.it.smoke.lib.SmokeMechanism;
import jakarta.enterprise.inject.spi.Extension;
import java.io.IOException;
import java.net.URL;
import org.htmlunit.Page;
import io.github.vismaidentity.it.support.Browsers;
import org.htmlunit.WebClient;
import org.htmlunit.WebResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proves the container stack the extension relies on, on one Payara Micro start: JTA on jdbc/visma
 * (Derby), an extension-added REQUIRES_NEW bean, MicroProfile Config written at deployment time, and a
 * Jakarta Security mechanism registered as a synthetic bean.
 */
@ExtendWith(ArquillianExtension.class)
class ContainerSmokeIT {

    private static VismaEmulator visma;

    @ArquillianResource
    private URL base;

    private WebClient browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        // Runs in the test JVM before the server starts, so a value known only now (a free port) can
        // reach the application through its microprofile-config.properties.
        visma = VismaEmulator.builder().start();
        JavaArchive extension = ShrinkWrap.create(JavaArchive.class, "smoke-extension.jar")
                .addPackage(SmokeExtension.class.getPackage())
                .addAsServiceProvider(Extension.class, SmokeExtension.class);
        return ShrinkWrap.create(WebArchive.class, "smoke.war")
                .addPackage(TransactionServlet.class.getPackage())
                .addAsLibrary(extension)
                .addAsResource(new StringAsset(SmokeExtension.ISSUER_KEY + "=" + visma.issuer() + "\n"),
                        "META-INF/microprofile-config.properties")
                .setWebXML("smoke/web.xml");
    }

    @AfterAll
    static void stopEmulator() {
        if (visma != null) {
            visma.stop();
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = Browsers.htmlUnit();
        browser.getOptions().setRedirectEnabled(false);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void keepsTheRequiresNewRowOfAnExtensionAddedBeanWhenTheCallerRollsBack() throws IOException {
        WebResponse response = get("tx");

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getContentAsString().lines()).containsExactly(
                "failure=IllegalStateException",
                "rows=[requires-new]",
                "keys=2",
                "distinctTransactions=true");
    }

    @Test
    void showsTheDeploymentTimeConfigToTheExtensionsAfterBeanDiscovery() throws IOException {
        assertThat(get("config").getContentAsString()).isEqualTo(visma.issuer());
    }

    @Test
    void redirectsAnAnonymousCallerOfAProtectedPageThroughTheSyntheticMechanism() throws IOException {
        WebResponse response = get("protected/page");

        assertThat(response.getStatusCode()).isEqualTo(302);
        assertThat(response.getResponseHeaderValue("Location")).isEqualTo(visma.issuer() + "/connect/authorize");
    }

    @Test
    void sendContinueDeliversTheMechanismsOwnErrorPageUntouched() throws IOException {
        WebResponse response = get("visma/callback?error=access_denied");

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getContentAsString()).isEqualTo(String.format(SmokeMechanism.ERROR_PAGE, "access_denied"));
    }

    @Test
    void sendFailureDeliversTheMechanismsOwnErrorPageToo() throws IOException {
        WebResponse response = get("visma/callback?error=access_denied&reply=failure");

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getContentAsString()).isEqualTo(String.format(SmokeMechanism.ERROR_PAGE, "access_denied"));
    }

    @Test
    void landsSignedInOnTheOriginalPageAfterTheCallback() throws IOException {
        assertThat(get("protected/page?tab=2").getStatusCode()).isEqualTo(302);
        String anonymousSession = sessionId();

        browser.getOptions().setRedirectEnabled(true);
        WebResponse landed = get("visma/callback?code=fake");

        assertThat(landed.getWebRequest().getUrl()).isEqualTo(new URL(base, "protected/page?tab=2"));
        assertThat(sessionId()).as("the mechanism's changeSessionId()").isNotEqualTo(anonymousSession);
        assertThat(landed.getStatusCode()).isEqualTo(200);
        assertThat(landed.getContentAsString())
                .contains("<p id=\"caller\">demo</p>")
                .contains("<p id=\"inRole\">true</p>");
        assertThat(get("protected/page").getContentAsString()).contains("<p id=\"caller\">demo</p>");
    }

    private String sessionId() {
        return browser.getCookieManager().getCookie("JSESSIONID").getValue();
    }

    private WebResponse get(String path) throws IOException {
        Page page = browser.getPage(new URL(base, path));
        return page.getWebResponse();
    }
}

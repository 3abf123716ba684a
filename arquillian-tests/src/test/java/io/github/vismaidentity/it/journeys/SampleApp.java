package io.github.vismaidentity.it.journeys;

import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.directory.Client;
import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.directory.User;
import io.github.vismaidentity.it.support.Browsers;
import io.github.vismaidentity.it.support.IssuedSecrets;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTableRow;
import org.htmlunit.util.NameValuePair;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample application under test and what the journeys do with its pages: {@code sample-war/target/visma-sample.war}
 * exactly as the build made it, on the server under test, configured as a user configures it: by the server, from
 * outside the WAR (a subclass per server says how, and hands {@link #sample} what the server was given). The emulator
 * runs at the configured issuer with the configured client and the sample's redirect URIs as deployed; each test
 * walks the pages in an HtmlUnit browser of its own.
 */
public abstract class SampleApp {

    public static final String ISSUER = "visma.identity.issuer";
    public static final String CLIENT_ID = "visma.identity.client-id";
    public static final String CLIENT_SECRET = "visma.identity.client-secret";

    protected static final User DEMO = seeded("demo");
    protected static final User SOLO = seeded("solo");
    protected static final Company DEMO_AB = DEMO.companies().get(0);
    protected static final Company DEMO_NORGE = DEMO.companies().get(1);
    protected static final Company SOLO_KONSULT = SOLO.defaultCompany();

    protected static VismaEmulator visma;
    protected static URL app;
    protected static Map<String, String> config;

    protected WebClient browser;

    /**
     * The sample WAR as sample-war built it (the file the system property {@code sample.war} names, deployed under
     * its own name: {@code /visma-sample/}), for a server on {@code port} that gives it {@code serverConfig}. Starts
     * the emulator at the configured issuer, with the configured client, the sample's callback and its home page
     * registered as Visma registers them.
     */
    protected static WebArchive sample(int port, Map<String, String> serverConfig) throws IOException {
        File war = new File(System.getProperty("sample.war"));
        assertThat(war).as("the sample WAR sample-war builds").isFile();
        app = new URL("http", "localhost", port, "/" + war.getName().replaceFirst("\\.war$", "") + "/");
        config = Map.copyOf(serverConfig);
        URI issuer = URI.create(config.get(ISSUER));
        visma = VismaEmulator.builder().port(issuer.getPort())
                .clients(new Client(config.get(CLIENT_ID), config.get(CLIENT_SECRET),
                        List.of(URI.create(app + "visma/callback")), List.of(URI.create(app.toString()))))
                .start();
        visma.control().recordIssuedSecrets();
        assertThat(visma.issuer()).as("the issuer the server names").isEqualTo(issuer.toString());
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    @AfterAll
    static void keepIssuedSecretsAndStopVisma() {
        if (visma != null) {
            IssuedSecrets.keep("sample-visma", visma);
            visma.stop();
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = Browsers.htmlUnit();
    }

    @AfterEach
    void closeBrowserAndHealVisma() {
        browser.close();
        visma.control().clearFaults();
        visma.control().rateLimitPerMinute(600);
        visma.control().accessTokenLifetime(Duration.ofHours(1));
    }

    protected HtmlPage open(String path) throws IOException {
        return browser.getPage(new URL(app, path));
    }

    protected WebResponse post(String path, List<NameValuePair> form) throws IOException {
        return post(path, form, Map.of());
    }

    protected WebResponse post(String path, List<NameValuePair> form, Map<String, String> headers) throws IOException {
        WebRequest post = new WebRequest(new URL(app, path), HttpMethod.POST);
        post.setRequestParameters(form);
        headers.forEach(post::setAdditionalHeader);
        return browser.getPage(post).getWebResponse();
    }

    protected static String text(HtmlPage page, String id) {
        return page.getHtmlElementById(id).getTextContent().replaceAll("\\s+", " ").trim();
    }

    /** The cells of each body row of the table {@code id}; none when the page has no such table. */
    protected static List<List<String>> rows(HtmlPage page, String id) {
        if (page.getElementById(id) == null) {
            return List.of();
        }
        return page.<HtmlTableRow>getByXPath("//table[@id='" + id + "']/tbody/tr").stream()
                .map(row -> row.getCells().stream().map(cell -> cell.getTextContent().trim()).toList()).toList();
    }

    /** Number and name of each customer the customers page shows. */
    protected static List<List<String>> customers(HtmlPage page) {
        return rows(page, "customers").stream().map(row -> row.subList(0, 2)).toList();
    }

    /** A page of the sample's own: the status, a title, and nothing of an exception. */
    protected static void assertProblemPage(WebResponse response, int status, String title) {
        String body = response.getContentAsString();
        assertThat(response.getStatusCode()).as(body).isEqualTo(status);
        assertThat(response.getContentType()).isEqualTo("text/html");
        assertThat(body).contains("id=\"problem-title\"", title)
                .doesNotContain("Exception", "\tat ", ".java:", "jakarta.", "io.github.vismaidentity");
    }

    private static User seeded(String username) {
        return Seed.users().stream().filter(user -> user.username().equals(username)).findFirst().orElseThrow();
    }
}

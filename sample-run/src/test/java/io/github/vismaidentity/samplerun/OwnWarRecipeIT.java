package io.github.vismaidentity.samplerun;

import io.github.vismaidentity.emulator.directory.Company;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.directory.User;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.github.vismaidentity.samplerun.LaunchedSample.freePort;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/getting-started.md's "Your own WAR against the emulator, on Payara Micro", followed as written: the files
 * its marked blocks hold make the WAR, the emulator and Payara Micro start with the page's two commands (on free
 * ports instead of 8080 and 9090), and {@code demo} signs in on the page's URL and sees the servlet's page with
 * their {@code sub}, the company they picked, and what the typed client read at the emulated Visma.
 */
class OwnWarRecipeIT {

    private static final Path REPOSITORY = TestFolders.TARGET.getParent().getParent();
    private static final Path PAGE = REPOSITORY.resolve("docs/getting-started.md");
    private static final Path RUNTIME = TestFolders.TARGET.resolve("sample-run");
    private static final User DEMO = Seed.users().get(0);
    private static final Company DEMO_AB = DEMO.companies().get(0);

    @Test
    void theRecipesWarSignsDemoInAgainstTheEmulatorOnPayaraMicroAndShowsTheCallerAndTheCompanysCustomers()
            throws Exception {
        RecipePage recipe = RecipePage.read(PAGE);
        assertThat(recipe.files()).as("the page's files").containsOnlyKeys("myapp/pom.xml",
                "myapp/src/main/java/com/example/myapp/VismaSetup.java",
                "myapp/src/main/java/com/example/myapp/HelloServlet.java",
                "myapp/src/main/webapp/WEB-INF/web.xml",
                "myapp/src/main/resources/META-INF/microprofile-config.properties", "emulator.properties");
        theDependenciesAreTheProjectsOwn(recipe.files().get("myapp/pom.xml"));

        int port = freePort();
        int emulatorPort = freePort();
        Path work = workingFolder();
        for (Map.Entry<String, String> file : recipe.files().entrySet()) {
            Path target = work.resolve(file.getKey()).normalize();
            assertThat(target).startsWithRaw(work);
            Files.createDirectories(target.getParent());
            Files.writeString(target, onPorts(file.getValue(), port, emulatorPort), StandardCharsets.UTF_8);
        }
        assertThat(recipe.contains("echo \"visma.identity.encryption-key=$(openssl rand -base64 32)\" >> "
                + "emulator.properties")).as("the page's step that adds the key").isTrue();
        // What workingFolder() lays out in their place: the jars as these commands leave them.
        assertThat(recipe.contains("./mvnw -q -N dependency:copy -Dartifact=fish.payara.extras:payara-micro:"
                + System.getProperty("payara-micro.version") + " -DoutputDirectory=../payara -Dmdep.stripVersion=true"))
                .as("the page's one-liner for Payara Micro").isTrue();
        assertThat(recipe.contains("./mvnw -q -N dependency:copy -Dartifact=org.apache.derby:$jar:"
                + System.getProperty("derby.version") + " -DoutputDirectory=../derby -Dmdep.stripVersion=true"))
                .as("the page's one-liner for the Derby jars").isTrue();
        Files.writeString(work.resolve("emulator.properties"), "visma.identity.encryption-key=" + newKey() + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        RecipeWar.build(work.resolve("myapp"), RUNTIME.resolve("ROOT.war"), work.resolve("myapp/target/myapp.war"));

        String url = onPorts("http://localhost:8080/myapp/protected/hello", port, emulatorPort);
        assertThat(recipe.contains("<http://localhost:8080/myapp/protected/hello>")).as("the URL the page opens")
                .isTrue();
        try (ConsoleProcess emulator = ConsoleProcess.start(command(recipe, "emulator", port, emulatorPort, work),
                work, work.resolve("emulator.log"))) {
            emulator.awaitLine("Visma eAccounting emulator listening on", Duration.ofSeconds(60));
            try (ConsoleProcess payara = ConsoleProcess.start(command(recipe, "payara", port, emulatorPort, work),
                    work, work.resolve("payara.log"));
                 WebClient browser = SamplePages.browser()) {
                payara.awaitLine("ready in", Duration.ofMinutes(4));
                assertThat(payara.output()).as("Payara's log").contains("myapp was successfully deployed")
                        .doesNotContain("Exception while loading the app");

                String page = signIn(browser, url);

                assertThat(page).as("the servlet's page").contains(
                        "caller: " + DEMO.subject(),
                        "subject: " + DEMO.subject(),
                        "company picked at sign-in: " + DEMO_AB.name() + " (" + DEMO_AB.id() + ")",
                        "access token for " + DEMO_AB.name() + ", expires at ",
                        "company at Visma: " + DEMO_AB.name() + ", ",
                        "customers: " + DEMO_AB.customers(),
                        "  1001 ");
            }
        }
    }

    /** The pom names this build's extension and client, and the Jakarta EE and MicroProfile APIs it compiles on. */
    private static void theDependenciesAreTheProjectsOwn(String pom) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(pom.getBytes(StandardCharsets.UTF_8)));
        Map<String, String> dependencies = new HashMap<>();
        NodeList nodes = document.getElementsByTagName("dependency");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element dependency = (Element) nodes.item(i);
            String scope = child(dependency, "scope");
            dependencies.put(child(dependency, "groupId") + ":" + child(dependency, "artifactId"),
                    child(dependency, "version") + (scope.isEmpty() ? "" : " " + scope));
        }
        String version = System.getProperty("project.version");
        assertThat(dependencies).as("the pom's dependencies").containsExactlyInAnyOrderEntriesOf(Map.of(
                "io.github.vismaidentity:visma-identity-extension", version,
                "io.github.vismaidentity:visma-eaccounting-client", version,
                "jakarta.platform:jakarta.jakartaee-api", System.getProperty("jakartaee-api.version") + " provided",
                "org.eclipse.microprofile.config:microprofile-config-api",
                System.getProperty("microprofile-config-api.version") + " provided"));
        assertThat(child(document.getDocumentElement(), "packaging")).isEqualTo("war");
        assertThat(document.getElementsByTagName("finalName").item(0).getTextContent()).isEqualTo("myapp");
    }

    private static String child(Element parent, String name) {
        NodeList children = parent.getElementsByTagName(name);
        return children.getLength() == 0 ? "" : children.item(0).getTextContent().trim();
    }

    /**
     * The page's command, run from the working folder, with this JVM's {@code java}; Payara Micro's temporary
     * files under target/, as every test server's.
     */
    private static List<String> command(RecipePage recipe, String name, int port, int emulatorPort, Path work) {
        List<String> words = new ArrayList<>(recipe.words(name).stream()
                .map(word -> onPorts(word, port, emulatorPort)).toList());
        assertThat(words.get(0)).isEqualTo("java");
        words.set(0, ProcessHandle.current().info().command().orElse("java"));
        if (name.equals("payara")) {
            words.add(1, "-Djava.io.tmpdir=" + work.resolve("tmp"));
        }
        return words;
    }

    private static String onPorts(String text, int port, int emulatorPort) {
        return text.replace("8080", String.valueOf(port)).replace("9090", String.valueOf(emulatorPort));
    }

    /**
     * A folder laid out as the page's: the repository as {@code visma-identity/}, {@code payara/payara-micro.jar}
     * and {@code derby/*.jar} as the page's Maven one-liners leave them (the build copied the same artifacts,
     * without versions, into target/sample-run).
     */
    private static Path workingFolder() throws Exception {
        Path work = TestFolders.fresh("own-war-recipe");
        Files.createDirectories(work.resolve("tmp"));
        Files.createSymbolicLink(work.resolve("visma-identity"), REPOSITORY);
        Files.createSymbolicLink(work.resolve("payara"), RUNTIME);
        Files.createSymbolicLink(work.resolve("derby"), RUNTIME.resolve("lib"));
        return work;
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** From the protected page: the emulated Visma's login as demo, Demo AB in its picker, back to the page. */
    private static String signIn(WebClient browser, String url) throws Exception {
        HtmlPage login = browser.getPage(url);
        assertThat(login.getUrl().getPath()).as("Visma's login form").isEqualTo("/account/login");
        login.<HtmlInput>getElementByName("username").setValue(DEMO.username());
        login.<HtmlInput>getElementByName("password").setValue(DEMO.password());
        HtmlPage picker = login.getHtmlElementById("login").click();
        assertThat(picker.getUrl().getPath()).as("Visma's company picker").isEqualTo("/account/company");
        HtmlRadioButtonInput choice = picker.getFirstByXPath(
                "//label[@class='company'][normalize-space(.)='" + DEMO_AB.name() + "']/input[@name='company']");
        choice.setChecked(true);
        Page page = picker.getHtmlElementById("choose").click();
        assertThat(page.getUrl().toString()).as("back on the page").isEqualTo(url);
        assertThat(page.getWebResponse().getStatusCode()).as("its status").isEqualTo(200);
        return page.getWebResponse().getContentAsString();
    }
}

package io.github.vismaidentity.it.nodes;

import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.directory.Client;
import io.github.vismaidentity.it.nodes.app.TokenProbe;
import io.github.vismaidentity.it.signin.app.VismaSetup;
import io.github.vismaidentity.it.support.Browsers;
import io.github.vismaidentity.it.support.TestWar;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.github.vismaidentity.it.support.VismaPages.logIn;
import static io.github.vismaidentity.it.support.VismaPages.pick;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nodes' test application and what the tests do with it: the WAR (the sign-in test application with
 * {@link TokenProbe}), an emulated Visma that knows every node's callback, a sign-in in HtmlUnit, and the
 * probe a background job would be.
 */
final class NodeCalls {

    static final String CONTEXT = "visma-nodes";
    static final String CLIENT_ID = "nodes-client";
    static final String CLIENT_SECRET = "nodes secret";

    private NodeCalls() {
    }

    /** The WAR every node deploys, under {@code target/nodes/}. */
    static Path war(Path build) throws Exception {
        return Files.createDirectories(build.resolve("nodes")).resolve(CONTEXT + ".war");
    }

    /** An emulated Visma whose client knows the nodes' callbacks, and the WAR for it, written to {@code war}. */
    static VismaEmulator vismaAndWar(Path war, byte[] key, PayaraNode... nodes) throws Exception {
        List<URI> callbacks = new ArrayList<>();
        List<URI> origins = new ArrayList<>();
        for (PayaraNode node : nodes) {
            callbacks.add(URI.create(node.app(CONTEXT) + "visma/callback"));
            origins.add(node.app(CONTEXT).toURI());
        }
        VismaEmulator visma = VismaEmulator.builder()
                .clients(new Client(CLIENT_ID, CLIENT_SECRET, callbacks, origins)).start();
        visma.control().recordIssuedSecrets();
        TestWar.of(CONTEXT, visma, CLIENT_ID, CLIENT_SECRET, key, VismaSetup.class.getPackage(),
                TokenProbe.class.getPackage()).as(ZipExporter.class).exportTo(war.toFile(), true);
        return visma;
    }

    /** Signs the user in on the node with an access token inside the refresh skew; returns the company id. */
    static String signInWithAnExpiringToken(VismaEmulator visma, PayaraNode node, String user, String company)
            throws Exception {
        visma.control().accessTokenLifetime(Duration.ofSeconds(30)); // within the 60 s skew: the next use refreshes
        try (WebClient browser = Browsers.htmlUnit()) {
            URL app = node.app(CONTEXT);
            HtmlPage landed = logIn(browser.getPage(new URL(app,
                    "visma/signin?login=true&return=/" + CONTEXT + "/protected/page")), user);
            if (company != null) {
                landed = pick(landed, company);
            }
            assertThat(landed.getUrl()).isEqualTo(new URL(app, "protected/page"));
            return landed.getHtmlElementById("company-id").getTextContent();
        } finally {
            visma.control().accessTokenLifetime(Duration.ofHours(1));
        }
    }

    /** A background job's call on the node: the company's token, used at the API. */
    static HttpRequest probe(PayaraNode node, String company) throws Exception {
        return HttpRequest.newBuilder(new URL(node.app(CONTEXT), "test/probe?company=" + company).toURI())
                .timeout(Duration.ofMinutes(2)).build();
    }
}

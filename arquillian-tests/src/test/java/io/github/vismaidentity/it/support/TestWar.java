package io.github.vismaidentity.it.support;

import io.github.vismaidentity.emulator.VismaEmulator;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.util.Base64;
import java.util.Objects;

/**
 * The container tests' application, built as a user builds theirs: the extension and its libraries in
 * WEB-INF/lib, the annotated classes, microprofile-config.properties pointing at the emulator, a JPA
 * unit of its own and a web.xml that protects {@code /protected/*}.
 */
public final class TestWar {

    private TestWar() {
    }

    /** The WAR {@code context}.war with the classes of {@code packages}, tokens encrypted under {@code key}. */
    public static WebArchive of(String context, VismaEmulator visma, String clientId, String clientSecret,
                                byte[] key, Package... packages) {
        String config = String.join("\n",
                // The application's own values win over anything the server supplies (system properties 400,
                // environment 300, a WildFly config source): the WildFly tests' server also hosts the sample WAR,
                // whose configuration comes from the server and names another client and emulator.
                "config_ordinal=500",
                "visma.identity.client-id=" + clientId,
                "visma.identity.client-secret=" + properties(clientSecret),
                "visma.identity.issuer=" + properties(visma.issuer()),
                "visma.identity.api-base-url=" + properties(visma.apiBaseUri().toString()),
                "visma.identity.datasource=jdbc/visma",
                "visma.identity.end-session-at-visma=true",
                "visma.identity.encryption-key=" + Base64.getEncoder().encodeToString(key), "");
        File[] libraries = new File(System.getProperty("war.libs")).listFiles();
        WebArchive war = ShrinkWrap.create(WebArchive.class, context + ".war")
                .addAsLibraries(Objects.requireNonNull(libraries, "war.libs"))
                .addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties")
                .addAsResource("signin/persistence.xml", "META-INF/persistence.xml")
                .addAsWebResource("signin/index.html", "index.html")
                .setWebXML("signin/web.xml");
        for (Package classes : packages) {
            war.addPackage(classes);
        }
        return war;
    }

    /** A value as a .properties file must hold it: ISO-8859-1 with \\u escapes, ':' and '=' escaped. */
    private static String properties(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c > 0x7e) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c == ':' || c == '=' ? "\\" + c : String.valueOf(c));
            }
        }
        return escaped.toString();
    }
}

package io.github.vismaidentity.benchmarks.http;

import io.github.vismaidentity.emulator.VismaEmulator;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.asset.ClassLoaderAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The side-by-side run's four applications, each one WAR with the same page ({@code web.PageServlet}):
 * {@code plain.war} without security, {@code visma.war} protected by this extension (and its libraries in
 * WEB-INF/lib, as a user packages it), {@code oidc.war} protected by Jakarta Security's built-in OpenID
 * Connect mechanism, {@code floor.war} protected by a mechanism that only reads the caller from the session
 * (the container's own cost, see {@code web.FloorMechanism}). The classes are added as class files, never
 * loaded here: the driver's JVM has no Servlet API.
 */
final class BenchWars {

    static final String PLAIN = "plain";
    static final String VISMA = "visma";
    static final String OIDC = "oidc";
    static final String FLOOR = "floor";

    /** What each WAR's page answers once deployed: 200 unprotected, a redirect to sign in, 401 for the floor. */
    private static final Map<String, Integer> READY = Map.of(PLAIN, 200, VISMA, 302, OIDC, 302, FLOOR, 401);

    private static final String WEB = "io/github/vismaidentity/benchmarks/web/";

    private BenchWars() {
    }

    /** The status of {@code app}'s page when it is deployed and ready. */
    static int readyStatus(String app) {
        Integer status = READY.get(app);
        if (status == null) {
            throw new IllegalArgumentException("No benchmark WAR is called " + app);
        }
        return status;
    }

    /** Writes the four WARs into {@code folder} and returns their paths. */
    static List<Path> write(Path folder, Path warLibs, VismaEmulator emulator, String clientId, String clientSecret,
                            byte[] encryptionKey) throws IOException {
        File[] libraries = warLibs.toFile().listFiles();
        if (libraries == null || Arrays.stream(libraries).noneMatch(f -> f.getName().startsWith("visma-identity-extension"))) {
            throw new IllegalStateException(warLibs + " does not hold the extension and its libraries: build the "
                    + "project first (./mvnw -B verify, or package)");
        }
        Files.createDirectories(folder);
        WebArchive plain = war(PLAIN, "web-plain.xml", "PageServlet");
        WebArchive visma = war(VISMA, "web-protected.xml", "PageServlet", "TokenServlet", "VismaApp")
                .addAsLibraries(libraries)
                .addAsResource(config(Map.of(
                        "visma.identity.client-id", clientId,
                        "visma.identity.client-secret", clientSecret,
                        "visma.identity.issuer", emulator.issuer(),
                        "visma.identity.api-base-url", emulator.apiBaseUri().toString(),
                        "visma.identity.datasource", "jdbc/visma",
                        "visma.identity.refresh-skew", HttpStorm.REFRESH_SKEW.toString(),
                        "visma.identity.encryption-key", Base64.getEncoder().encodeToString(encryptionKey))),
                        "META-INF/microprofile-config.properties");
        WebArchive oidc = war(OIDC, "web-protected.xml", "PageServlet", "OidcApp", "OidcSettings")
                .addAsResource(config(Map.of(
                        "bench.oidc.provider-uri", emulator.issuer(),
                        "bench.oidc.client-id", clientId,
                        "bench.oidc.client-secret", clientSecret)),
                        "META-INF/microprofile-config.properties");
        WebArchive floor = war(FLOOR, "web-protected.xml", "PageServlet", "FloorMechanism");
        List<Path> wars = new ArrayList<>();
        for (WebArchive war : List.of(plain, visma, oidc, floor)) {
            Path file = folder.resolve(war.getName());
            war.as(ZipExporter.class).exportTo(file.toFile(), true);
            wars.add(file);
        }
        return wars;
    }

    private static WebArchive war(String name, String webXml, String... classes) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .setWebXML(new ClassLoaderAsset("http-load/" + webXml))
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" "
                        + "version=\"4.0\" bean-discovery-mode=\"annotated\"/>"), "beans.xml");
        for (String simpleName : classes) {
            String file = WEB + simpleName + ".class";
            war.add(new ClassLoaderAsset(file), "WEB-INF/classes/" + file);
        }
        return war;
    }

    /** A .properties file, written (and escaped: ':', '=', non-ASCII) by {@link Properties#store}. */
    private static ByteArrayAsset config(Map<String, String> values) {
        Properties properties = new Properties();
        properties.putAll(values);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            properties.store(bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ByteArrayAsset(bytes.toByteArray());
    }
}

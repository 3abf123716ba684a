package io.github.vismaidentity.store;

import io.github.vismaidentity.support.MutableClock;
import org.apache.derby.drda.NetworkServerControl;
import org.apache.derby.jdbc.ClientDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The store through Derby's network server and client driver, the set-up of several nodes sharing one
 * database: the table is created on first use there too, and a second client sees what the first wrote.
 */
class NetworkDerbyStoreTest {

    private static NetworkServerControl server;
    private static int port;

    @BeforeAll
    static void startNetworkServer() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = new NetworkServerControl(InetAddress.getLoopbackAddress(), port);
        server.start(new PrintWriter(new StringWriter()));
        // The server starts in the background; it is ready when it answers a ping.
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            server.ping();
            return true;
        });
    }

    @AfterAll
    static void stopNetworkServer() throws Exception {
        server.shutdown();
    }

    @Test
    void theTableIsCreatedOverTheNetworkAndAnotherClientReadsTheTokenSet() {
        String database = "memory:network-" + System.nanoTime();
        TokenSetKey key = new TokenSetKey("client", "sub", "company");
        Instant expiry = Instant.parse("2026-11-28T12:00:00.500Z");

        new TokenSetStore(client(database, true), TokenCipher.plaintext(), new MutableClock())
                .save(key, "Demo AB", "access", "refresh", expiry, "openid ea:api");
        TokenSet read = new TokenSetStore(client(database, false), TokenCipher.plaintext(), new MutableClock())
                .find(key).orElseThrow();

        assertThat(read.refreshToken()).isEqualTo("refresh");
        assertThat(read.accessExpiresAt()).isEqualTo(expiry);
        assertThat(read.version()).isEqualTo(1);
    }

    private static ClientDataSource client(String database, boolean create) {
        ClientDataSource dataSource = new ClientDataSource();
        dataSource.setServerName("localhost");
        dataSource.setPortNumber(port);
        dataSource.setDatabaseName(database);
        if (create) {
            dataSource.setCreateDatabase("create");
        }
        return dataSource;
    }
}

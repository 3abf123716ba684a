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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The store through Derby's network server and client driver, the set-up of several nodes sharing one
 * database: the table is created on first use there too, a second client sees what the first wrote, and
 * the refresh's row lock holds at READ COMMITTED, where {@code SELECT ... FOR UPDATE} does not (at
 * REPEATABLE READ it would: the isolation decides, so the store does not depend on it).
 */
class NetworkDerbyStoreTest {

    private static final TokenSetKey KEY = new TokenSetKey("client", "sub", "company");

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

    @Test
    void aRefreshsRowLockHoldsAgainstAnotherNodeUntilCommitAtReadCommitted() throws Exception {
        ClientDataSource database = lockingDatabase();
        TokenSetStore store = new TokenSetStore(database, TokenCipher.plaintext(), new MutableClock());
        try (Connection first = transaction(database); Connection second = transaction(database)) {
            assertThat(store.lockAndRead(first, KEY)).isPresent();

            assertThatThrownBy(() -> store.lockAndRead(second, KEY)).isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("40XL1");

            first.commit();
            second.rollback();
            assertThat(store.lockAndRead(second, KEY)).as("free once the first commits").isPresent();
            second.rollback();
        }
    }

    // Why LOCK is an UPDATE: Derby's SELECT ... FOR UPDATE at READ COMMITTED lets the row go once the cursor
    // has left it, while the transaction is still open, so a second node could redeem the same refresh token.
    @Test
    void aSelectForUpdateAtReadCommittedLetsTheRowGoBeforeTheTransactionEnds() throws Exception {
        ClientDataSource database = lockingDatabase();
        TokenSetStore store = new TokenSetStore(database, TokenCipher.plaintext(), new MutableClock());
        try (Connection first = transaction(database); Connection second = transaction(database)) {
            try (PreparedStatement select = first.prepareStatement("SELECT VERSION FROM VISMA_TOKEN_SET WHERE "
                    + "CLIENT_ID = ? AND SUBJECT = ? AND COMPANY_ID = ? FOR UPDATE")) {
                select.setString(1, KEY.clientId());
                select.setString(2, KEY.subject());
                select.setString(3, KEY.companyId());
                try (ResultSet row = select.executeQuery()) {
                    assertThat(row.next()).isTrue();
                }
            }

            assertThat(store.lockAndRead(second, KEY)).as("the first transaction is still open").isPresent();
            first.rollback();
            second.rollback();
        }
    }

    /** A new database with one token set, where a lock wait gives up after 1 s. */
    private static ClientDataSource lockingDatabase() throws SQLException {
        ClientDataSource database = client("memory:locks-" + System.nanoTime(), true);
        new TokenSetStore(database, TokenCipher.plaintext(), new MutableClock())
                .save(KEY, "Demo AB", "access", "refresh", Instant.EPOCH, "openid");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '1')");
        }
        return database;
    }

    private static Connection transaction(ClientDataSource database) throws SQLException {
        Connection connection = database.getConnection();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return connection;
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

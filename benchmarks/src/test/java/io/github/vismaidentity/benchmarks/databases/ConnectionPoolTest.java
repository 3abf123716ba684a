package io.github.vismaidentity.benchmarks.databases;

import org.apache.derby.jdbc.EmbeddedConnectionPoolDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionPoolTest {

    private ConnectionPool pool;

    @BeforeEach
    void inMemoryDerby() {
        BenchDatabase.keepDerbyLogInTmp();
        EmbeddedConnectionPoolDataSource source = new EmbeddedConnectionPoolDataSource();
        source.setDatabaseName("memory:pool-" + UUID.randomUUID());
        source.setCreateDatabase("create");
        pool = new ConnectionPool(source);
    }

    @AfterEach
    void closePool() {
        pool.close();
    }

    @Test
    void aClosedConnectionIsHandedOutAgainInsteadOfANewOne() throws Exception {
        for (int i = 0; i < 5; i++) {
            try (Connection connection = pool.getConnection()) {
                assertThat(connection.isValid(1)).isTrue();
            }
        }

        assertThat(pool.physicalConnections()).isEqualTo(1);
    }

    @Test
    void connectionsInUseAtOnceAreEachTheirOwn() throws Exception {
        try (Connection first = pool.getConnection(); Connection second = pool.getConnection()) {
            assertThat(first.isValid(1)).isTrue();
            assertThat(second.isValid(1)).isTrue();
        }
        try (Connection again = pool.getConnection()) {
            assertThat(again.isValid(1)).isTrue();
        }

        assertThat(pool.physicalConnections()).isEqualTo(2);
    }

    @Test
    void aConnectionGivenBackAfterATransactionComesBackInAutoCommit() throws Exception {
        // What the store's LocalTransactions does: auto-commit off, the work, commit, close.
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("CREATE TABLE T (N INT)");
            statement.execute("INSERT INTO T VALUES (1)");
            connection.commit();
        }

        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(connection.getAutoCommit()).isTrue();
            statement.execute("INSERT INTO T VALUES (2)");
        }
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*) FROM T")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(2);
        }
        assertThat(pool.physicalConnections()).isEqualTo(1);
    }
}

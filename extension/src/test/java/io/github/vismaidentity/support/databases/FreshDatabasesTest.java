package io.github.vismaidentity.support.databases;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fixtures themselves: each call a new, empty database; a pulled kill switch ends the session's transaction. */
class FreshDatabasesTest {

    @Nested
    class OnDerby extends Cases {
        OnDerby() {
            super(TestDatabase.DERBY);
        }
    }

    @Nested
    class OnPostgresql extends Cases {
        OnPostgresql() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class OnMariadb extends Cases {
        OnMariadb() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class OnH2 extends Cases {
        OnH2() {
            super(TestDatabase.H2);
        }
    }

    abstract static class Cases {

        private final TestDatabase database;

        Cases(TestDatabase database) {
            this.database = database;
        }

        @Test
        void eachCallGivesANewEmptyDatabase() throws SQLException {
            DataSource first = database.fresh();
            execute(first, "CREATE TABLE PROBE (ID INT NOT NULL PRIMARY KEY)");
            execute(first, "INSERT INTO PROBE (ID) VALUES (1)");

            DataSource second = database.fresh();

            assertThat(count(first)).isEqualTo(1);
            assertThatThrownBy(() -> count(second)).as("the table is in the first only").isInstanceOf(SQLException.class);
        }

        @Test
        void aKilledSessionsUncommittedWritesAreGoneAndItsRowLockIsFree() throws SQLException {
            DataSource fresh = database.fresh();
            execute(fresh, "CREATE TABLE PROBE (ID INT NOT NULL PRIMARY KEY, N INT NOT NULL)");
            execute(fresh, "INSERT INTO PROBE (ID, N) VALUES (1, 0)");
            try (Connection victim = fresh.getConnection()) {
                victim.setAutoCommit(false);
                TestDatabase.KillSwitch kill = database.killSwitch(victim);
                try (Statement statement = victim.createStatement()) {
                    statement.executeUpdate("UPDATE PROBE SET N = 1 WHERE ID = 1");
                    statement.executeUpdate("INSERT INTO PROBE (ID, N) VALUES (2, 0)");
                }

                kill.pull();

                assertThatThrownBy(victim::commit).as("the killed session cannot commit").isInstanceOf(SQLException.class);
            }
            try (Connection other = fresh.getConnection(); Statement statement = other.createStatement()) {
                other.setAutoCommit(false);
                assertThat(statement.executeUpdate("UPDATE PROBE SET N = 2 WHERE ID = 1 AND N = 0"))
                        .as("the row is unchanged and its lock free").isEqualTo(1);
                other.commit();
            }
            assertThat(count(fresh)).as("the uncommitted insert was rolled back").isEqualTo(1);
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM PROBE")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

package io.github.vismaidentity.it.wildfly;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.Driver;
import org.postgresql.xa.PGXADataSource;

import javax.sql.XAConnection;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What server-config/README.md says of visma-postgresql.cli's XA datasource when a WildFly dies mid-refresh, on the
 * PostgreSQL of {@link WildFlysPostgreSql} (its defaults, max_prepared_transactions 0), through the driver's own
 * XADataSource: a branch that was started but not prepared dies with its process and lets its row lock go; and a
 * two-phase commit is refused at prepare, so no prepared branch can outlive its node and keep the lock.
 */
@ExtendWith(WildFlysPostgreSql.class)
class PostgreSqlXaBranchIT {

    private static final String LOCK = "UPDATE xa_probe SET v = v + 1 WHERE id = 1";

    @BeforeAll
    static void oneRow() throws SQLException {
        try (Connection connection = TheDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS xa_probe (id INT PRIMARY KEY, v INT NOT NULL)");
            statement.execute("INSERT INTO xa_probe VALUES (1, 0) ON CONFLICT (id) DO NOTHING");
        }
    }

    @Test
    void aBranchStartedButNotPreparedLetsItsRowLockGoWhenItsProcessIsKilled() throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath(), XaBranchHolder.class.getName(), System.getenv("VISMA_JDBC_URL"),
                System.getenv("VISMA_JDBC_USER"), System.getenv("VISMA_JDBC_PASSWORD"), LOCK)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(CompletableFuture.supplyAsync(() -> readLine(out)).get(60, TimeUnit.SECONDS)).isEqualTo("locked");
            assertThat(lockState()).as("the row, while the branch's process lives").isEqualTo("55P03");

            holder.destroyForcibly(); // SIGKILL: no rollback, no close, as kill -9
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(lockState()).as("the row, once the process is gone").isEqualTo("free"));
            assertThat(preparedTransactions()).isZero();
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void aTwoPhaseCommitIsRefusedAtPrepareSoNoBranchOutlivesItsNode() throws Exception {
        PGXADataSource dataSource = new PGXADataSource();
        dataSource.setUrl(System.getenv("VISMA_JDBC_URL"));
        XAConnection connection = dataSource.getXAConnection(System.getenv("VISMA_JDBC_USER"),
                System.getenv("VISMA_JDBC_PASSWORD"));
        try {
            XAResource branch = connection.getXAResource();
            XaBranchHolder.BranchId id = new XaBranchHolder.BranchId();
            branch.start(id, XAResource.TMNOFLAGS);
            try (Statement lock = connection.getConnection().createStatement()) {
                lock.executeUpdate(LOCK);
            }
            branch.end(id, XAResource.TMSUCCESS);

            assertThatThrownBy(() -> branch.prepare(id)).isInstanceOf(XAException.class)
                    .cause().isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState())
                            .as("object_not_in_prerequisite_state: prepared transactions are disabled").isEqualTo("55000"));
            assertThat(preparedTransactions()).isZero();
            assertThat(lockState()).as("the row after the refused prepare").isEqualTo("free");
        } finally {
            connection.close();
        }
    }

    /** "free" when this session can lock the row at once, else the SQLState of the refusal (55P03: lock held). */
    private static String lockState() throws SQLException {
        try (Connection connection = TheDatabase.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                statement.executeQuery("SELECT v FROM xa_probe WHERE id = 1 FOR UPDATE NOWAIT").close();
                return "free";
            } catch (SQLException e) {
                return e.getSQLState();
            } finally {
                connection.rollback();
            }
        }
    }

    private static int preparedTransactions() throws SQLException {
        try (Connection connection = TheDatabase.connect(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM pg_prepared_xacts")) {
            count.next();
            return count.getInt(1);
        }
    }

    /** This module's test classes and the driver: all the child needs. */
    private static String classPath() throws Exception {
        return Path.of(XaBranchHolder.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                + File.pathSeparator
                + Path.of(Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

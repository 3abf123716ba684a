package io.github.vismaidentity.samplerun;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.vismaidentity.samplerun.LaunchedSample.freePort;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 item 7, as a user gets it wrong: a database that is not there, one that never answers, a wrong password
 * and a URL of a database the launcher does not run on. Each time the launcher must say what to fix and end with a
 * non-zero status within seconds, having started nothing (no emulator, no Payara Micro), and never print the
 * password. The PostgreSQL is real, started by the test, and checks passwords as a user's server does.
 */
class BadDatabaseIT {

    /** The JVM's start (12 s seen at a load average of 27), the 10 s login timeout, and more slack. */
    private static final Duration FAST = Duration.ofSeconds(45);
    private static final String WRONG = "not-the-password";

    private static TestPostgres postgres;

    @BeforeAll
    static void startPostgresql() throws Exception {
        postgres = TestPostgres.start(TestFolders.fresh("bad-database-postgresql"));
    }

    @AfterAll
    static void stopPostgresql() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aDatabaseNobodyListensForEndsTheLauncherAtOnceAskingWhetherItRunsThere() throws Exception {
        int nobody = freePort();

        String console = failsFast("bad-database-unreachable", Map.of(Database.PASSWORD_VARIABLE, WRONG),
                "--jdbc-url", "jdbc:postgresql://localhost:" + nobody + "/visma", "--jdbc-user", "visma");

        assertThat(console).contains("Cannot reach PostgreSQL at localhost:" + nobody, "Is the database running there");
    }

    @Test
    void aDatabaseThatAcceptsButNeverAnswersEndsTheLauncherAfterItsLoginTimeout() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (Exception closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();

            String console = failsFast("bad-database-silent", Map.of(Database.PASSWORD_VARIABLE, WRONG),
                    "--jdbc-url", "jdbc:mariadb://localhost:" + silent.getLocalPort() + "/visma", "--jdbc-user", "visma");

            assertThat(console).containsPattern("(Cannot reach MariaDB/MySQL at localhost:" + silent.getLocalPort()
                    + "|did not answer a login within 20 s)");
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void aWrongPasswordNamesTheUserAndWhereToSetThePasswordAndNeverShowsIt() throws Exception {
        String console = failsFast("bad-database-password", Map.of(Database.PASSWORD_VARIABLE, WRONG),
                "--jdbc-url", postgres.url() + "?user=" + TestPostgres.USER);

        assertThat(console).contains("PostgreSQL at localhost:" + postgres.port() + " refused the login of user 'visma'",
                "SQLState 28P01", "VISMA_JDBC_PASSWORD");
    }

    @Test
    void aPasswordOnTheCommandLineIsWarnedAboutAndNeverEchoed() throws Exception {
        String console = failsFast("bad-database-password-option", Map.of(), "--jdbc-url", postgres.url(),
                "--jdbc-user", TestPostgres.USER, "--jdbc-password", WRONG);

        assertThat(console).contains("other users of this machine can read it (ps)", "refused the login");
    }

    @Test
    void aMissingDatabaseSaysToCreateIt() throws Exception {
        String console = failsFast("bad-database-missing", Map.of(Database.PASSWORD_VARIABLE, TestPostgres.PASSWORD),
                "--jdbc-url", postgres.url() + "_typo", "--jdbc-user", TestPostgres.USER);

        assertThat(console).contains("does not exist", "CREATE DATABASE");
    }

    @Test
    void aUrlOfADatabaseTheLauncherDoesNotRunOnSaysWhichUrlsItTakes() throws Exception {
        String console = failsFast("bad-database-oracle", Map.of(),
                "--jdbc-url", "jdbc:oracle:thin:@localhost:1521/VISMA?password=" + WRONG);

        assertThat(console).contains("is not a database this launcher runs the sample on",
                "jdbc:postgresql://HOST:5432/DATABASE");
    }

    /** Runs the launcher with {@code arguments}; returns its output once it ended, non-zero, in time, alone. */
    private static String failsFast(String name, Map<String, String> environment, String... arguments)
            throws Exception {
        long started = System.nanoTime();
        try (LaunchedSample sample = new LaunchedSample(TestFolders.JAR, TestFolders.fresh(name), freePort(),
                freePort(), environment, List.of(arguments))) {
            Optional<Integer> exit = sample.awaitEnd(FAST);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(exit).as("the launcher's exit within " + FAST + "; its output:\n" + sample.console())
                    .isPresent().get().isNotEqualTo(0);
            System.out.printf("%s: exit %d after %d ms%n", name, exit.get(), took.toMillis());
            assertThat(sample.console()).doesNotContain(WRONG, TestPostgres.PASSWORD)
                    .doesNotContain("Starting Payara Micro", "\tat ");
            assertThat(sample.leftovers()).as("processes of the run").isEmpty();
            assertThat(free(sample.emulatorPort)).as("no emulator on " + sample.emulatorPort).isTrue();
            return sample.console();
        }
    }

    private static boolean free(int port) {
        try (ServerSocket probe = new ServerSocket(port)) {
            return probe.isBound();
        } catch (Exception taken) {
            return false;
        }
    }
}

package io.github.vismaidentity.samplerun;

import io.github.vismaidentity.store.SqlErrors;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Logs in to the {@code --jdbc-url} database from the launcher, with the driver Payara Micro will get and a short
 * login timeout, before anything starts: an unreachable database, a wrong password or a missing database is a
 * message saying what to fix within seconds, not a pool that Payara fails to ping minutes later.
 */
final class DatabaseCheck {

    /** How long the driver may take to connect and log in. */
    static final Duration LOGIN_TIMEOUT = Duration.ofSeconds(10);

    private DatabaseCheck() {
    }

    /**
     * @param drivers the folder with the driver's jar ({@code target/sample-run/postgresql}, ...)
     * @throws IllegalStateException with what to fix, when the launcher cannot log in
     */
    static void loginOrExplain(Database database, Path drivers) {
        ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "sample-run-database-check");
            thread.setDaemon(true);
            return thread;
        });
        try (URLClassLoader loader = new URLClassLoader(jars(drivers), ClassLoader.getPlatformClassLoader())) {
            Driver driver = (Driver) Class.forName(database.kind().driverClass, true, loader)
                    .getConstructor().newInstance();
            Future<Void> login = worker.submit(() -> {
                try (Connection connection = driver.connect(database.url(), properties(database))) {
                    if (connection == null) {
                        throw new IllegalStateException("The " + database.kind().displayName + " driver does not take "
                                + "the URL " + database.url() + ": check --jdbc-url.");
                    }
                    connection.isValid((int) LOGIN_TIMEOUT.toSeconds());
                }
                return null;
            });
            // The driver's own timeouts end the login first; this bounds a driver that ignores them.
            login.get(LOGIN_TIMEOUT.multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof SQLException refused) {
                throw new IllegalStateException(explain(database, refused));
            }
            if (failed.getCause() instanceof IllegalStateException unusable) {
                throw unusable;
            }
            throw new IllegalStateException("Checking the database at " + database.hostAndPort() + " failed: "
                    + failed.getCause().getClass().getSimpleName() + ". Check --jdbc-url.");
        } catch (TimeoutException slow) {
            throw new IllegalStateException(unanswered(database));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking the database.");
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException("The " + database.kind().displayName + " driver in " + drivers
                    + " cannot be loaded (" + e + "): build the launcher again with "
                    + "./mvnw -q -pl sample-run -am package -DskipTests");
        } finally {
            worker.shutdownNow();
        }
    }

    /** The message for a refused login: what happened, the driver's words where they quote no value, what to do. */
    static String explain(Database database, SQLException refused) {
        String state = refused.getSQLState() == null ? "" : refused.getSQLState();
        String where = database.kind().displayName + " at " + database.hostAndPort();
        String driver = " (" + SqlErrors.describe(refused) + ")";
        if (state.startsWith("28") || refused.getErrorCode() == 1045) {
            return "The database " + where + " refused the login of user '" + database.user() + "'" + driver
                    + ". Check --jdbc-user (or user= in --jdbc-url) and the password in " + Database.PASSWORD_VARIABLE
                    + ".";
        }
        if (state.equals("3D000") || refused.getErrorCode() == 1049) {
            return "The database named in --jdbc-url does not exist on " + where + driver + ". Create it (CREATE "
                    + "DATABASE ...) or correct the name in the URL.";
        }
        if (state.startsWith("08")) {
            return "Cannot reach " + where + driver + ". Is the database running there, and are host and port in "
                    + "--jdbc-url right? (The launcher waits " + LOGIN_TIMEOUT.toSeconds() + " s for a login.)";
        }
        return "The database " + where + " refused the launcher's login" + driver + ". Check --jdbc-url, "
                + "--jdbc-user and " + Database.PASSWORD_VARIABLE + ".";
    }

    private static String unanswered(Database database) {
        return "The database " + database.kind().displayName + " at " + database.hostAndPort() + " did not answer a "
                + "login within " + LOGIN_TIMEOUT.multipliedBy(2).toSeconds() + " s: is something else listening "
                + "there, or does a firewall drop the connection? Check --jdbc-url.";
    }

    /** The driver's own timeouts, so that a dead host fails the login instead of hanging it. */
    private static Properties properties(Database database) {
        Properties properties = new Properties();
        if (!database.user().isEmpty()) {
            properties.setProperty("user", database.user());
        }
        if (!database.password().isEmpty()) {
            properties.setProperty("password", database.password());
        }
        long seconds = LOGIN_TIMEOUT.toSeconds();
        switch (database.kind()) {
            case POSTGRESQL -> {
                properties.setProperty("loginTimeout", String.valueOf(seconds));
                properties.setProperty("connectTimeout", String.valueOf(seconds));
                properties.setProperty("socketTimeout", String.valueOf(seconds));
            }
            case MARIADB -> {
                properties.setProperty("connectTimeout", String.valueOf(seconds * 1000));
                properties.setProperty("socketTimeout", String.valueOf(seconds * 1000));
            }
        }
        return properties;
    }

    private static URL[] jars(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " is missing");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".jar")).map(DatabaseCheck::url).toArray(URL[]::new);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (IOException e) {
            throw new IllegalStateException(jar + " is not a valid path", e);
        }
    }
}

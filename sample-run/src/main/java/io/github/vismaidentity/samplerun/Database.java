package io.github.vismaidentity.samplerun;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The database of {@code --jdbc-url}, instead of embedded Derby: its kind, the URL without user and password
 * (which go to the driver and to Payara's pool as their own values), the user and the password. The password
 * is never printed: {@link #toString()} and {@link #redact(String)} leave it out.
 *
 * @param url      the URL as the driver and the pool get it: no {@code user} or {@code password} parameter
 * @param user     the user, or empty for the driver's default
 * @param password the password, or empty
 * @param warnings what the launcher prints before it starts (a password where other users can read it)
 */
record Database(Kind kind, String url, String user, String password, List<String> warnings) {

    /** Where a user keeps the password off the command line; Payara's pool file reads the same name. */
    static final String PASSWORD_VARIABLE = "VISMA_JDBC_PASSWORD";

    private static final Pattern PASSWORD_IN_QUERY = Pattern.compile("(?i)([?&;]password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("//[^/?@]*@");
    private static final Pattern UNFIT = Pattern.compile("[\\s'\"]");

    /** The databases the launcher runs the sample on, each with its driver folder and Payara pool file. */
    enum Kind {
        POSTGRESQL("PostgreSQL", "org.postgresql.Driver", "postgresql", 5432),
        MARIADB("MariaDB/MySQL", "org.mariadb.jdbc.Driver", "mariadb", 3306);

        final String displayName;
        final String driverClass;
        /** The folder of {@code target/sample-run} with the driver, and the name in the post-boot file's. */
        final String folder;
        final int defaultPort;

        Kind(String displayName, String driverClass, String folder, int defaultPort) {
            this.displayName = displayName;
            this.driverClass = driverClass;
            this.folder = folder;
            this.defaultPort = defaultPort;
        }

        /** {@code post-boot-postgresql.asadmin}: server-config's pool file for this database. */
        String postBootFile() {
            return "post-boot-" + folder + ".asadmin";
        }
    }

    Database {
        warnings = List.copyOf(warnings);
    }

    /**
     * @param url      {@code --jdbc-url}
     * @param user     {@code --jdbc-user}, or null
     * @param password {@code --jdbc-password}, or null
     * @throws IllegalArgumentException with what to fix, for a URL this launcher cannot use
     */
    static Database of(String url, String user, String password, Map<String, String> environment) {
        String trimmed = url.strip();
        Kind kind = kind(trimmed);
        if (USER_INFO.matcher(trimmed).find()) {
            throw new IllegalArgumentException("--jdbc-url " + redact(trimmed) + " has a user before '@', which the "
                    + kind.displayName + " driver does not read: write ?user=NAME in the URL or use --jdbc-user, and "
                    + "set the password in " + PASSWORD_VARIABLE + ".");
        }
        // A MySQL URL through the MariaDB driver, which takes jdbc:mysql: only with an extra flag.
        String base = trimmed.replaceFirst("(?i)^jdbc:mysql:", "jdbc:mariadb:");
        int query = base.indexOf('?');
        List<String> kept = new ArrayList<>();
        String urlUser = null;
        String urlPassword = null;
        if (query >= 0) {
            for (String parameter : base.substring(query + 1).split("&")) {
                String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
                String value = parameter.contains("=") ? decode(parameter.split("=", 2)[1]) : "";
                switch (name) {
                    case "user" -> urlUser = value;
                    case "password" -> urlPassword = value;
                    default -> {
                        if (!parameter.isEmpty()) {
                            kept.add(parameter);
                        }
                    }
                }
            }
            base = base.substring(0, query) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        }
        Database database = new Database(kind, base, user(urlUser, user), password(urlPassword, password,
                environment), warnings(urlPassword, password));
        database.fitsThePoolFile();
        return database;
    }

    /**
     * Payara cuts each line of the pool file into words at whitespace and quotes before it puts the values in,
     * so a value with either would break the pool; said here, before anything starts, without the value.
     */
    private void fitsThePoolFile() {
        Map<String, String> values = Map.of("--jdbc-url", url, "the user", user, "the password", password);
        values.forEach((what, value) -> {
            if (UNFIT.matcher(value).find()) {
                throw new IllegalArgumentException("Payara Micro's pool file (server-config/payara/"
                        + kind.postBootFile() + ") cannot take " + what + " with whitespace or a quote (' or \"): "
                        + (what.equals("the password") ? "give the database user a password without them."
                        : "write it without them (percent-encode them in a URL: %20, %27, %22)."));
            }
        });
    }

    /**
     * What Payara Micro's pool file ({@link Kind#postBootFile()}) reads, as environment variables: they stay off
     * its command line, which any user of the machine can read.
     */
    Map<String, String> serverEnvironment() {
        return Map.of("VISMA_JDBC_URL", url, "VISMA_JDBC_USER", user, PASSWORD_VARIABLE, password);
    }

    /** {@code localhost:5432}: where the database is, for messages. */
    String hostAndPort() {
        int start = url.indexOf("//");
        if (start < 0) {
            return "localhost:" + kind.defaultPort;
        }
        String rest = url.substring(start + 2);
        String authority = rest.split("[/?]", 2)[0];
        if (authority.isEmpty()) {
            return "localhost:" + kind.defaultPort;
        }
        return authority.contains(":") ? authority : authority + ":" + kind.defaultPort;
    }

    /** The URL as a message may show it: with any password replaced by {@code ***}. */
    static String redact(String url) {
        String withoutQueryPassword = PASSWORD_IN_QUERY.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(withoutQueryPassword).replaceAll("//***@");
    }

    @Override
    public String toString() {
        return kind.displayName + " " + url + (user.isEmpty() ? "" : " as " + user);
    }

    private static Kind kind(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return Kind.POSTGRESQL;
        }
        if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:")) {
            return Kind.MARIADB;
        }
        String hint = lower.startsWith("jdbc:derby:") ? " For embedded Derby, leave --jdbc-url out."
                : lower.startsWith("postgres") ? " A PostgreSQL URL for Java is jdbc:postgresql://HOST:5432/DATABASE."
                : lower.startsWith("mysql:") || lower.startsWith("mariadb:") ? " A MariaDB or MySQL URL for Java is "
                        + "jdbc:mariadb://HOST:3306/DATABASE." : "";
        throw new IllegalArgumentException("--jdbc-url " + redact(url) + " is not a database this launcher runs the "
                + "sample on: give a PostgreSQL (jdbc:postgresql://HOST:5432/DATABASE), MariaDB "
                + "(jdbc:mariadb://HOST:3306/DATABASE) or MySQL (jdbc:mysql://HOST:3306/DATABASE) URL." + hint);
    }

    private static String user(String inUrl, String option) {
        if (inUrl != null && option != null && !inUrl.equals(option)) {
            throw new IllegalArgumentException("--jdbc-url names the user '" + inUrl + "' and --jdbc-user '" + option
                    + "': give the user once.");
        }
        return option != null ? option : inUrl != null ? inUrl : "";
    }

    private static String password(String inUrl, String option, Map<String, String> environment) {
        String variable = environment.get(PASSWORD_VARIABLE);
        int given = (inUrl != null ? 1 : 0) + (option != null ? 1 : 0) + (variable != null ? 1 : 0);
        if (given > 1) {
            throw new IllegalArgumentException("The database password is given more than once (in --jdbc-url, "
                    + "--jdbc-password or " + PASSWORD_VARIABLE + "): give it once, best in " + PASSWORD_VARIABLE + ".");
        }
        return inUrl != null ? inUrl : option != null ? option : variable != null ? variable : "";
    }

    private static List<String> warnings(String inUrl, String option) {
        if (inUrl == null && option == null) {
            return List.of();
        }
        return List.of("Note: the database password is on this launcher's command line, where other users of this "
                + "machine can read it (ps) while it runs; set it in " + PASSWORD_VARIABLE + " instead. The launcher "
                + "hands it to Payara Micro in its environment, not on its command line.");
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return value;
        }
    }
}

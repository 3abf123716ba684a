package io.github.vismaidentity.samplerun;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's command line: {@code --port} of the app (8080), {@code --emulator-port} (9090), {@code --data},
 * the folder that keeps the Derby database, the encryption key and Payara's log between runs, and optionally
 * the database ({@code --jdbc-url}), the other nodes the emulator serves ({@code --other-node-port}) and the
 * emulator's access-token lifetime.
 *
 * @param database       the {@code --jdbc-url} database, or empty for embedded Derby in {@code data}
 * @param otherNodePorts the ports of other launchers' samples that use this launcher's emulator
 * @param accessTokenTtl how long the emulator's access tokens live (Visma's hour unless set)
 */
record RunOptions(int port, int emulatorPort, Path data, Optional<Database> database, List<Integer> otherNodePorts,
                  Duration accessTokenTtl) {

    static final Duration VISMA_ACCESS_TOKEN_TTL = Duration.ofHours(1);

    static final String USAGE = """
            Usage: java -jar sample-run/target/visma-sample-run.jar [--port N] [--emulator-port N] [--data DIR]
                       [--jdbc-url URL [--jdbc-user USER]] [--other-node-port N] [--access-token-ttl SECONDS]
              --port N              the sample app's port (default 8080)
              --emulator-port N     the emulated Visma's port (default 9090; not used against the real Visma).
                                    When another launcher's emulator already runs there, this one uses it.
              --data DIR            Derby database, encryption key and payara.log (default sample-run/data)
              --jdbc-url URL        PostgreSQL (jdbc:postgresql://HOST:5432/DB), MariaDB (jdbc:mariadb://HOST:3306/DB)
                                    or MySQL (jdbc:mysql://...) instead of embedded Derby; the password in the
                                    environment variable VISMA_JDBC_PASSWORD (or ?password= or --jdbc-password,
                                    which other users can see in ps)
              --jdbc-user USER      the database user, unless the URL has ?user=
              --other-node-port N   another launcher's --port, whose sample signs in through this launcher's
                                    emulator (a second node on the same --jdbc-url); repeatable
              --access-token-ttl S  the emulated Visma's access-token lifetime in seconds (default 3600, as Visma's)
            Against the real Visma, set VISMA_IDENTITY_CLIENT_ID and VISMA_IDENTITY_CLIENT_SECRET (and
            VISMA_IDENTITY_REDIRECT_URI, VISMA_IDENTITY_ISSUER when they differ from the defaults): no emulator starts.""";

    /** Derby, the emulator's own node only, Visma's token lifetime. */
    RunOptions(int port, int emulatorPort, Path data) {
        this(port, emulatorPort, data, Optional.empty(), List.of(), VISMA_ACCESS_TOKEN_TTL);
    }

    RunOptions {
        otherNodePorts = List.copyOf(otherNodePorts);
    }

    /**
     * @param environment the launcher's, for {@value Database#PASSWORD_VARIABLE}
     * @throws IllegalArgumentException with what to fix, for a bad or unknown option
     */
    static RunOptions parse(List<String> args, Path defaultData, Map<String, String> environment) {
        int port = 8080;
        int emulatorPort = 9090;
        Path data = defaultData;
        String jdbcUrl = null;
        String jdbcUser = null;
        String jdbcPassword = null;
        List<Integer> otherNodes = new ArrayList<>();
        Duration ttl = VISMA_ACCESS_TOKEN_TTL;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--help") || option.equals("-h")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value, or is unknown.\n" + USAGE);
            }
            String value = args.get(++i);
            switch (option) {
                case "--port" -> port = port(option, value);
                case "--emulator-port" -> emulatorPort = port(option, value);
                case "--data" -> data = Path.of(value);
                case "--jdbc-url" -> jdbcUrl = value;
                case "--jdbc-user" -> jdbcUser = value;
                case "--jdbc-password" -> jdbcPassword = value;
                case "--other-node-port" -> otherNodes.add(port(option, value));
                case "--access-token-ttl" -> ttl = seconds(option, value);
                default -> throw new IllegalArgumentException("Unknown option " + option + ".\n" + USAGE);
            }
        }
        if (port == emulatorPort) {
            throw new IllegalArgumentException("--port and --emulator-port are both " + port + ": give them two ports.");
        }
        if (otherNodes.contains(port) || otherNodes.contains(emulatorPort)) {
            throw new IllegalArgumentException("--other-node-port names another launcher's --port: not this one's "
                    + "--port " + port + " or --emulator-port " + emulatorPort + ".");
        }
        if (jdbcUrl == null && (jdbcUser != null || jdbcPassword != null)) {
            throw new IllegalArgumentException("--jdbc-user and --jdbc-password go with --jdbc-url: without it the "
                    + "sample runs on embedded Derby, which needs neither.");
        }
        Optional<Database> database = jdbcUrl == null ? Optional.empty()
                : Optional.of(Database.of(jdbcUrl, jdbcUser, jdbcPassword, environment));
        return new RunOptions(port, emulatorPort, data.toAbsolutePath().normalize(), database, otherNodes, ttl);
    }

    private static int port(String option, String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a port from 1 to 65535, not '" + value + "'.");
    }

    private static Duration seconds(String option, String value) {
        try {
            long seconds = Long.parseLong(value);
            if (seconds >= 1 && seconds <= VISMA_ACCESS_TOKEN_TTL.toSeconds() * 24) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a number of seconds from 1 to 86400, not '" + value
                + "'.");
    }

    /** The app's base URL, which the emulator registers as redirect target. */
    String appUrl() {
        return appUrl(port);
    }

    /** The base URL of the sample on {@code port} of this machine. */
    static String appUrl(int port) {
        return "http://localhost:" + port + "/";
    }
}

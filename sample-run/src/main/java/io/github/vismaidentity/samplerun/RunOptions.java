package io.github.vismaidentity.samplerun;

import java.nio.file.Path;
import java.util.List;

/**
 * The launcher's command line: {@code --port} of the app (8080), {@code --emulator-port} (9090) and
 * {@code --data}, the folder that keeps the Derby database, the encryption key and Payara's log between runs.
 */
record RunOptions(int port, int emulatorPort, Path data) {

    static final String USAGE = """
            Usage: java -jar sample-run/target/visma-sample-run.jar [--port N] [--emulator-port N] [--data DIR]
              --port N           the sample app's port (default 8080)
              --emulator-port N  the emulated Visma's port (default 9090; not used against the real Visma)
              --data DIR         Derby database, encryption key and payara.log (default sample-run/data)
            Against the real Visma, set VISMA_IDENTITY_CLIENT_ID and VISMA_IDENTITY_CLIENT_SECRET (and
            VISMA_IDENTITY_REDIRECT_URI, VISMA_IDENTITY_ISSUER when they differ from the defaults): no emulator starts.""";

    /** @throws IllegalArgumentException with what to fix, for a bad or unknown option */
    static RunOptions parse(List<String> args, Path defaultData) {
        int port = 8080;
        int emulatorPort = 9090;
        Path data = defaultData;
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
                default -> throw new IllegalArgumentException("Unknown option " + option + ".\n" + USAGE);
            }
        }
        if (port == emulatorPort) {
            throw new IllegalArgumentException("--port and --emulator-port are both " + port + ": give them two ports.");
        }
        return new RunOptions(port, emulatorPort, data.toAbsolutePath().normalize());
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

    /** The app's base URL, which the emulator registers as redirect target. */
    String appUrl() {
        return "http://localhost:" + port + "/";
    }
}

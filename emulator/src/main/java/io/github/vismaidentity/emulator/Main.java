package io.github.vismaidentity.emulator;

import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * {@code java -jar visma-emulator.jar [options]}: runs the emulator until the process is stopped,
 * and prints one line containing {@code listening on http://...} once it accepts requests.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(System.out, System.err, emulator -> Runtime.getRuntime().addShutdownHook(
                new Thread(emulator::stop, "visma-emulator-shutdown")), args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Starts the emulator, hands it to {@code started}, and returns 0; or prints what is wrong and
     * returns 2. {@code --help} prints the usage and returns 0 without starting anything.
     */
    static int run(PrintStream out, PrintStream err, Consumer<VismaEmulator> started, String... args) {
        EmulatorBuilder builder;
        try {
            builder = CommandLine.parse(args);
        } catch (CommandLine.UsageException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println();
            err.print(CommandLine.USAGE);
            return 2;
        }
        if (builder == null) {
            out.print(CommandLine.USAGE);
            return 0;
        }
        VismaEmulator emulator;
        try {
            emulator = builder.start();
        } catch (RuntimeException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        started.accept(emulator);
        out.println("Visma eAccounting emulator listening on " + emulator.baseUri()
                + " (issuer " + emulator.issuer() + ", API " + emulator.apiBaseUri() + ")");
        out.println("Try a sign-in: open " + emulator.baseUri() + "/ in a browser and sign in as demo / demo.");
        out.flush();
        return 0;
    }
}

package io.github.vismaidentity.samplerun;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payara's log as the launcher follows it while the sample starts: it notices the line Payara writes when a
 * deployment fails ({@value #FAILED}) or a post-boot command does (the pool of {@code jdbc/visma}: without it the
 * sample would answer, and every sign-in fail), and keeps the extension's messages ({@code VISMAIDnnnn: ...}, each
 * once, although Payara logs the exception three times) without the stack traces around them.
 */
final class DeploymentLog {

    /** What Payara Micro logs, at SEVERE, when the WAR does not deploy. */
    static final String FAILED = "Exception while loading the app";

    private static final Pattern COLOURS = Pattern.compile("\u001B\\[[0-9;]*m");
    private static final Pattern MESSAGE = Pattern.compile("(VISMAID\\d{4}: .*)");
    /** Payara Micro's lines when it cannot start (a port taken, say), and when it has. */
    private static final String STARTUP_EXCEPTION = "Shutting down server due to startup exception";
    private static final String START_FAILED = "Failed to start, exiting";
    private static final String READY = " ready in ";
    private static final Pattern EXCEPTION_LINE = Pattern.compile("\\s*[a-z][\\w.$]*\\.\\w*(Exception|Error)(: .*)?");
    /** What Payara Micro logs, at WARNING, when a post-boot command fails; it then goes on starting. */
    private static final Pattern BOOT_COMMAND_FAILED = Pattern.compile("Boot Command (\\S+) failed");

    private final Path log;
    private long read;
    private final Set<String> messages = new LinkedHashSet<>();
    private final Set<String> failedBootCommands = new LinkedHashSet<>();
    private String reason;
    private String startupCause;
    private boolean failed;
    private boolean started;

    DeploymentLog(Path log) {
        this.log = log;
    }

    /** Reads what Payara wrote since the last call; true once it reported a failed deployment or boot command. */
    boolean failed() throws IOException {
        readNew();
        return failed;
    }

    private void readNew() throws IOException {
        if (!failed && Files.exists(log)) {
            readNewLines().forEach(this::take);
        }
    }

    /**
     * True once Payara said it is ready: until then, a home page that answers on the port may be another server's
     * (a second launcher on the same port, started before the first one's Payara took it).
     */
    boolean started() throws IOException {
        readNew();
        return started;
    }

    /** The extension's messages in the log so far, each once, in the order Payara logged them. */
    List<String> messages() {
        return List.copyOf(messages);
    }

    /**
     * The post-boot commands Payara reported failed ({@code create-jdbc-connection-pool}, ...), by name only: its
     * text may quote a piece of the pool's properties, a password's among them.
     */
    List<String> failedBootCommands() {
        return List.copyOf(failedBootCommands);
    }

    /** Payara's own words after {@value #FAILED}, for a failure that is not the extension's. */
    Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    private void take(String line) {
        String plain = COLOURS.matcher(line).replaceAll("");
        Matcher message = MESSAGE.matcher(plain);
        if (message.find()) {
            messages.add(message.group(1).strip());
        }
        int at = plain.indexOf(FAILED + " : ");
        if (at >= 0 && reason == null) {
            reason = plain.substring(at + FAILED.length() + 3).strip();
        }
        Matcher bootCommand = BOOT_COMMAND_FAILED.matcher(plain);
        boolean bootCommandFailed = bootCommand.find();
        if (bootCommandFailed) {
            failedBootCommands.add(bootCommand.group(1));
        }
        failed |= plain.contains(FAILED) || bootCommandFailed || startFailed(plain);
        started |= plain.contains(READY) && plain.contains("Payara Micro ");
    }

    /**
     * Payara's own failed start: the exception it names after {@value #STARTUP_EXCEPTION} (taken from there only,
     * not from any exception line, which might quote a pool's property) becomes the reason.
     */
    private boolean startFailed(String plain) {
        if (plain.contains(STARTUP_EXCEPTION)) {
            startupCause = "";
        } else if ("".equals(startupCause) && EXCEPTION_LINE.matcher(plain).matches()) {
            startupCause = plain.strip();
        }
        if (plain.contains(START_FAILED) && reason == null) {
            reason = "Payara Micro did not start: " + (startupCause == null || startupCause.isEmpty()
                    ? "its log says why" : startupCause);
            return true;
        }
        return false;
    }

    private List<String> readNewLines() throws IOException {
        byte[] fresh;
        try (InputStream in = Files.newInputStream(log)) {
            in.skipNBytes(read);
            fresh = in.readAllBytes();
        }
        int end = fresh.length - 1;
        while (end >= 0 && fresh[end] != '\n') {
            end--;
        }
        // Only whole lines, decoded once complete: a read may end inside a line, or inside a UTF-8 character.
        read += end + 1;
        return new String(fresh, 0, end + 1, StandardCharsets.UTF_8).lines().toList();
    }
}

package io.github.vismaidentity.samplerun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Payara Micro with the sample, as a child process on this JVM's {@code java}: the sample WAR as
 * {@code ROOT.war} (so at {@code /}), and the post-boot file from {@code server-config/} creating
 * {@code jdbc/visma}: on an embedded Derby database in the data folder, with Derby from {@code lib/}, or on the
 * {@code --jdbc-url} database with its driver from {@code postgresql/} or {@code mariadb/}. Its log goes to
 * {@code <data>/payara.log}.
 */
final class PayaraMicro {

    private final Process process;
    private final Path log;

    private PayaraMicro(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** The command line, without starting anything: never a password, which goes in the environment. */
    static List<String> command(Path java, Path runtime, RunOptions options) {
        Path data = options.data();
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Djava.io.tmpdir=" + data.resolve("tmp")));
        if (options.database().isEmpty()) {
            command.addAll(List.of("-Dderby.system.home=" + data, "-Dvisma.derby.database=" + data.resolve("derby")));
        }
        command.addAll(List.of("-jar", runtime.resolve("payara-micro.jar").toString(),
                "--nocluster",
                "--port", String.valueOf(options.port())));
        String drivers = options.database().map(database -> database.kind().folder).orElse("lib");
        command.addAll(List.of("--addlibs", runtime.resolve(drivers).toString(),
                "--postbootcommandfile", runtime.resolve(postBootFile(options)).toString()));
        command.addAll(List.of("--deploy", runtime.resolve("ROOT.war").toString()));
        return command;
    }

    /** server-config's file that creates {@code jdbc/visma}: on embedded Derby, or on the {@code --jdbc-url} database. */
    static String postBootFile(RunOptions options) {
        return options.database().map(database -> database.kind().postBootFile())
                .orElse("post-boot-derby-embedded.asadmin");
    }

    /** Starts it; {@code environment} is added to this process's own. */
    static PayaraMicro start(List<String> command, Map<String, String> environment, Path data) throws IOException {
        Path tmp = data.resolve("tmp");
        clear(tmp);
        createPrivately(tmp);
        Path log = data.resolve("payara.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new PayaraMicro(builder.start(), log);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    /** Asks it to stop (its shutdown hooks run), and kills it when it has not after {@code seconds}. */
    void stop(int seconds) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Waits until it ends by itself. */
    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** The log's last lines, to show why a start failed. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(" + log + " could not be read: " + e + ")";
        }
    }

    /**
     * Payara Micro's runtime folder, readable by this user only where the file system allows: Payara writes the
     * pool's values, the database password among them, into the domain.xml there.
     */
    static void createPrivately(Path folder) throws IOException {
        Files.createDirectories(folder);
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user's profile folder is private already
        }
    }

    /** Payara Micro unpacks itself into a new folder of tmp on every start: keep only the current one. */
    private static void clear(Path tmp) throws IOException {
        if (!Files.exists(tmp)) {
            return;
        }
        try (Stream<Path> old = Files.walk(tmp)) {
            for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(tmp)) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}

package io.github.vismaidentity.benchmarks.http;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where Payara's CPU goes in the measured storms, per refresh: async-profiler's samples ({@link CpuProfile}'s
 * agent, one per millisecond of CPU) taken while a measured storm ran, each put in a part by its thread and,
 * on a request thread, by its stack. The innermost frame that names a part decides, so the SQL a token store
 * method runs counts as SQL, a log line written anywhere as logging, and the JSON of an ID token as its check.
 */
final class StormProfile {

    /** What a sample was doing; {@link #label} says it in words. */
    enum Part {
        JIT, GC, LOGGING, SQL, TRANSACTION, TOKEN_CIPHER, ID_TOKEN,
        TOKEN_CALL, HTTP_CLIENT_THREADS, CDI, SECURITY, REFRESH_REST, REQUEST_REST, OTHER_THREADS;

        String label() {
            return switch (this) {
                case JIT -> "JIT compiler threads";
                case GC -> "garbage collector threads (and the VM thread)";
                case LOGGING -> "logging (java.util.logging and Payara's handlers), on any request thread";
                case SQL -> "SQL: the JDBC driver and database (Derby runs inside Payara), Payara's pool and "
                        + "statement wrappers";
                case TRANSACTION -> "the JTA transaction: begin, enlistment, commit (the database's own part of it "
                        + "is SQL)";
                case TOKEN_CIPHER -> "the tokens' encryption and decryption (TokenCipher: JWE dir/A256GCM, its JSON "
                        + "header)";
                case ID_TOKEN -> "the ID token's check (RS256 signature, claims, their JSON)";
                case TOKEN_CALL -> "the token call: Nimbus builds the request, the JDK's HTTP client sends it, the "
                        + "answer's JSON";
                case HTTP_CLIENT_THREADS -> "the JDK HTTP client's own threads (its selector and workers)";
                case CDI -> "CDI (Weld): proxies, contexts, lookups";
                case SECURITY -> "Jakarta Security (Soteria) and the extension's mechanism, besides the refresh";
                case REFRESH_REST -> "the extension's refresh besides the above (its locks, cache, its own code)";
                case REQUEST_REST -> "the rest of the request thread: HTTP, session, servlet, the page";
                case OTHER_THREADS -> "other threads";
            };
        }
    }

    private static final String REQUEST_THREAD = "http-thread-pool";
    private static final double MILLIS_PER_SAMPLE = 1;

    /** Frames, by the start of their class.method, that name a part; checked in this order for each frame. */
    private static final List<Map.Entry<String, Part>> FRAMES = List.of(
            Map.entry("java.util.logging.", Part.LOGGING),
            Map.entry("com.sun.enterprise.server.logging.", Part.LOGGING),
            Map.entry("fish.payara.logging.", Part.LOGGING),
            Map.entry("org.apache.derby.", Part.SQL),
            Map.entry("org.postgresql.", Part.SQL),
            Map.entry("com.sun.gjc.", Part.SQL),
            Map.entry("com.sun.enterprise.resource.", Part.SQL),
            Map.entry("com.sun.enterprise.transaction.", Part.TRANSACTION),
            Map.entry("com.sun.jts.", Part.TRANSACTION),
            Map.entry("io.github.vismaidentity.store.TokenCipher.", Part.TOKEN_CIPHER),
            Map.entry("io.github.vismaidentity.protocol.IdTokenVerifier", Part.ID_TOKEN),
            Map.entry("io.github.vismaidentity.refresh.RefreshIdTokenCheck.", Part.ID_TOKEN),
            Map.entry("io.github.vismaidentity.protocol.TokenEndpointClient.", Part.TOKEN_CALL),
            Map.entry("io.github.vismaidentity.refresh.", Part.REFRESH_REST),
            Map.entry("io.github.vismaidentity.store.", Part.REFRESH_REST),
            Map.entry("org.jboss.weld.", Part.CDI),
            Map.entry("org.glassfish.soteria.", Part.SECURITY),
            Map.entry("io.github.vismaidentity.mechanism.", Part.SECURITY));

    /** When a measured storm ran: from the release of its first request to its last answer. */
    record Window(java.time.Instant from, java.time.Instant to) {
    }

    private StormProfile() {
    }

    /** Milliseconds of Payara's CPU per refresh, by part, over the {@code storms}' windows in the recording. */
    static Map<Part, Double> perRefresh(Path recording, List<Window> storms, long refreshes) throws IOException {
        Map<Part, Double> millis = new EnumMap<>(Part.class);
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if ("jdk.ExecutionSample".equals(event.getEventType().getName()) && within(storms, event)) {
                    millis.merge(part(threadName(event),
                            event.getStackTrace() == null ? List.of() : CpuProfile.frames(event)), MILLIS_PER_SAMPLE, Double::sum);
                }
            }
        }
        millis.replaceAll((part, total) -> total / refreshes);
        return millis;
    }

    /** The part of a sample on the thread named {@code thread}, its {@code frames} innermost first. */
    static Part part(String thread, List<String> frames) {
        // async-profiler names HotSpot's own threads as Linux does, in at most 15 characters ("C2 CompilerThre").
        ThreadCpu.Kind kind = ThreadCpu.kind(thread);
        if (kind == ThreadCpu.Kind.JIT_COMPILER) {
            return Part.JIT;
        }
        if (kind == ThreadCpu.Kind.GARBAGE_COLLECTOR) {
            return Part.GC;
        }
        if (thread.startsWith("HttpClient-")) {
            return Part.HTTP_CLIENT_THREADS;
        }
        if (!thread.startsWith(REQUEST_THREAD)) {
            return Part.OTHER_THREADS;
        }
        for (String frame : frames) {
            for (Map.Entry<String, Part> rule : FRAMES) {
                if (frame.startsWith(rule.getKey())) {
                    return rule.getValue();
                }
            }
        }
        return Part.REQUEST_REST;
    }

    /** The parts as a markdown table, largest first, each in ms per refresh and as a share of the whole. */
    static String markdown(Map<Part, Double> perRefresh) {
        double all = perRefresh.values().stream().mapToDouble(Double::doubleValue).sum();
        StringBuilder out = new StringBuilder("| part | ms of Payara CPU per refresh | share |\n|---|---|---|\n");
        perRefresh.entrySet().stream().sorted(Map.Entry.<Part, Double>comparingByValue().reversed())
                .forEach(entry -> out.append(String.format(Locale.ROOT, "| %s | %.2f | %.0f %% |%n", entry.getKey().label(),
                        entry.getValue(), 100 * entry.getValue() / all)));
        out.append(String.format(Locale.ROOT, "| all samples | %.2f | 100 %% |%n", all));
        return out.toString();
    }

    private static boolean within(List<Window> storms, RecordedEvent event) {
        for (Window storm : storms) {
            if (!event.getStartTime().isBefore(storm.from()) && event.getStartTime().isBefore(storm.to())) {
                return true;
            }
        }
        return false;
    }

    /** The Java name of the sampled thread, else the name the operating system knows it by (GC threads). */
    private static String threadName(RecordedEvent event) {
        RecordedThread thread = event.getThread("sampledThread");
        if (thread == null) {
            return "";
        }
        String name = thread.getJavaName() != null ? thread.getJavaName() : thread.getOSName();
        return name == null ? "" : name;
    }
}

package io.github.vismaidentity.benchmarks.http;

import io.github.vismaidentity.benchmarks.http.SideBySide.Measured;
import io.github.vismaidentity.benchmarks.http.SideBySide.Variant;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where Payara's CPU goes on each variant's requests: async-profiler (from Maven Central, in
 * {@code target/http-load/async-profiler}) runs as an agent in Payara and takes one sample per millisecond of
 * CPU time; a sample taken while a variant was measured counts for that variant, in the part of the request
 * its stack shows. JFR's own sampler was no use here: it sampled a few dozen request threads a second.
 */
final class CpuProfile {

    /** What a sample was doing, judged by its stack from the innermost frame out. */
    enum Part {
        FINDING_THE_MECHANISM("Jakarta Security finding the mechanism (Soteria's CDI lookup, before and after the page)"),
        MECHANISM("the mechanism (through its CDI proxy, where it has one), with the container's callbacks that set the caller"),
        FILTERS("servlet filters, without what they call"),
        PAGE("the page's servlet"),
        REST_OF_REQUEST("the rest of the request thread: HTTP, session, JACC permission checks"),
        OTHER_THREADS("other threads: JIT compiler, garbage collector, selector");

        final String label;

        Part(String label) {
            this.label = label;
        }
    }

    private static final String REQUEST_THREAD = "http-thread-pool";
    private static final double MICROS_PER_SAMPLE = 1000;

    private final Path agent;
    private final Path recording;

    private CpuProfile(Path agent, Path recording) {
        this.agent = agent;
        this.recording = recording;
    }

    /** A profile to be written to {@code recording}; fails with what to do when the agent is missing. */
    static CpuProfile to(Path runtime, Path recording) {
        Path agent = runtime.resolve("async-profiler/linux-x64/libasyncProfiler.so").toAbsolutePath();
        if (!Files.isRegularFile(agent)) {
            throw new IllegalStateException("--profile needs async-profiler's agent at " + agent
                    + " (Linux x64 only): build the module first with ./mvnw -pl benchmarks -am package");
        }
        return new CpuProfile(agent, recording.toAbsolutePath());
    }

    /** Where the recording is written. */
    Path recording() {
        return recording;
    }

    /** The JVM option that starts the agent with Payara; the recording is written when Payara stops. */
    String jvmOption() {
        return "-agentpath:" + agent + "=start,event=cpu,interval=1ms,jfr,file=" + recording;
    }

    /** Microseconds of CPU per request, by part, for each variant; read after Payara has stopped. */
    Map<Variant, Map<Part, Double>> perRequest(Map<Variant, List<Measured>> results) throws IOException {
        Map<Variant, Map<Part, Double>> micros = new LinkedHashMap<>();
        results.keySet().forEach(variant -> micros.put(variant, new EnumMap<>(Part.class)));
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null) {
                    continue;
                }
                Variant variant = runningAt(results, event);
                if (variant != null) {
                    String thread = event.getThread("sampledThread").getJavaName();
                    Part part = thread != null && thread.startsWith(REQUEST_THREAD)
                            ? part(frames(event)) : Part.OTHER_THREADS;
                    micros.get(variant).merge(part, MICROS_PER_SAMPLE, Double::sum);
                }
            }
        }
        results.forEach((variant, runs) -> {
            long requests = runs.stream().mapToLong(m -> m.wrk().requests()).sum();
            micros.get(variant).replaceAll((part, total) -> total / requests);
        });
        return micros;
    }

    /**
     * The part a request thread's stack belongs to, {@code frames} innermost first as
     * {@code class.method}. The first frame that names a part decides, so the mechanism's own calls into
     * the container count for the mechanism, and the page called from a filter for the page. A mechanism
     * without a client proxy (a pseudo-scoped bean) is known by Soteria's bridge calling its
     * {@code validateRequest} or {@code secureResponse} directly.
     */
    static Part part(List<String> frames) {
        String inner = "";
        for (String frame : frames) {
            if (frame.endsWith("HttpBridgeServerAuthModule.getMechanism")) {
                return Part.FINDING_THE_MECHANISM;
            }
            if (isMechanismCall(frame) && (frame.contains("$Proxy$_$$_WeldClientProxy.")
                    || frame.contains(".HttpBridgeServerAuthModule.") && isMechanismCall(inner))) {
                return Part.MECHANISM;
            }
            if (frame.endsWith("StandardWrapper.service")) {
                return Part.PAGE;
            }
            if (frame.endsWith("ApplicationFilterChain.internalDoFilter")) {
                return Part.FILTERS;
            }
            inner = frame;
        }
        return Part.REST_OF_REQUEST;
    }

    private static boolean isMechanismCall(String frame) {
        return frame.endsWith(".validateRequest") || frame.endsWith(".secureResponse");
    }

    private static Variant runningAt(Map<Variant, List<Measured>> results, RecordedEvent event) {
        for (Map.Entry<Variant, List<Measured>> entry : results.entrySet()) {
            for (Measured run : entry.getValue()) {
                if (!event.getStartTime().isBefore(run.from()) && event.getStartTime().isBefore(run.to())) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }

    /** The sample's frames, innermost first, as {@code class.method}. */
    static List<String> frames(RecordedEvent event) {
        List<String> frames = new ArrayList<>();
        for (RecordedFrame frame : event.getStackTrace().getFrames()) {
            if (frame.getMethod() != null && frame.getMethod().getType() != null) {
                frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
            }
        }
        return frames;
    }
}

package io.github.vismaidentity.benchmarks.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The CPU time a process's JIT compiler and garbage collector threads have used so far, as Linux counts it
 * for each thread ({@code /proc/PID/task/TID/stat}, in ticks of 10 ms). Read before and after a storm beside
 * {@link ProcessCpu}, it says how much of the server's CPU went to compiling its code rather than running it,
 * without a profiler in the server. A compiler thread the JVM ends during the storm (it starts and stops them
 * as the queue of methods to compile grows and shrinks) takes its time with it, so the compiler's share is at
 * least what this says.
 */
final class ThreadCpu {

    /** Linux's USER_HZ, the unit of utime and stime: 100 on every Linux this runs on. */
    private static final Duration TICK = Duration.ofMillis(10);

    /** What a thread is, by the name the JVM gives it. */
    enum Kind {
        JIT_COMPILER, GARBAGE_COLLECTOR, OTHER
    }

    /**
     * CPU used so far by a process's threads, by kind.
     *
     * @param jit the JIT compiler threads (C1 and C2)
     * @param gc  the garbage collector's threads, the VM thread that runs its pauses included
     */
    record Split(Duration jit, Duration gc) {

        Split minus(Split earlier) {
            return new Split(jit.minus(earlier.jit), gc.minus(earlier.gc));
        }
    }

    private ThreadCpu() {
    }

    /** The split for process {@code pid} now; zero for each kind where /proc cannot be read (not Linux). */
    static Split of(long pid) {
        Path tasks = Path.of("/proc", String.valueOf(pid), "task");
        long jit = 0;
        long gc = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : (Iterable<Path>) threads::iterator) {
                try {
                    Kind kind = kind(Files.readString(thread.resolve("comm")).strip());
                    long ticks = ticks(Files.readString(thread.resolve("stat")));
                    if (kind == Kind.JIT_COMPILER) {
                        jit += ticks;
                    } else if (kind == Kind.GARBAGE_COLLECTOR) {
                        gc += ticks;
                    }
                } catch (IOException ended) {
                    // The thread ended between the listing and the read: its time is no longer counted anywhere.
                }
            }
        } catch (IOException notLinux) {
            return new Split(Duration.ZERO, Duration.ZERO);
        }
        return new Split(TICK.multipliedBy(jit), TICK.multipliedBy(gc));
    }

    /**
     * The kind of a HotSpot thread by its name as Linux keeps it (at most 15 characters): "C2 CompilerThre",
     * "C1 CompilerThre"; "GC Thread#0", "G1 Main Marker", "G1 Conc#0", "G1 Refine#0", "G1 Service", "VM Thread".
     */
    static Kind kind(String name) {
        if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
            return Kind.JIT_COMPILER;
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")) {
            return Kind.GARBAGE_COLLECTOR;
        }
        return Kind.OTHER;
    }

    /**
     * utime plus stime of a {@code stat} line: fields 14 and 15 (proc(5)), counted after the name in parentheses,
     * which may itself hold spaces and parentheses.
     */
    static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).strip().split(" ");
        // fields[0] is field 3 (state), so utime (field 14) is fields[11] and stime (field 15) fields[12].
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}

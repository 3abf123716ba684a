package io.github.vismaidentity.benchmarks.http;

import java.time.Duration;

/**
 * CPU time a process has used so far, as the operating system counts it (on Linux, in 10 ms ticks). Read
 * before and after a measurement it says what the measured work cost the server, which other programs on
 * this shared machine do not change the way they change throughput.
 */
final class ProcessCpu {

    private ProcessCpu() {
    }

    static Duration of(long pid) {
        return ProcessHandle.of(pid).flatMap(handle -> handle.info().totalCpuDuration())
                .orElseThrow(() -> new IllegalStateException("The CPU time of process " + pid + " cannot be read"));
    }
}

package io.github.vismaidentity.benchmarks.http;

import io.github.vismaidentity.benchmarks.http.ThreadCpu.Kind;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadCpuTest {

    @Test
    void hotspotsCompilerThreadsAreTheJitAndItsCollectorThreadsTheGarbageCollector() {
        assertThat(ThreadCpu.kind("C2 CompilerThre")).isEqualTo(Kind.JIT_COMPILER);
        assertThat(ThreadCpu.kind("C1 CompilerThre")).isEqualTo(Kind.JIT_COMPILER);
        assertThat(ThreadCpu.kind("GC Thread#1")).isEqualTo(Kind.GARBAGE_COLLECTOR);
        assertThat(ThreadCpu.kind("G1 Conc#0")).isEqualTo(Kind.GARBAGE_COLLECTOR);
        assertThat(ThreadCpu.kind("VM Thread")).isEqualTo(Kind.GARBAGE_COLLECTOR);
        assertThat(ThreadCpu.kind("http-thread-poo")).isEqualTo(Kind.OTHER);
        assertThat(ThreadCpu.kind("Sweeper thread")).isEqualTo(Kind.OTHER);
    }

    @Test
    void aThreadsTicksAreItsUserAndSystemTimeCountedAfterANameWithSpacesAndParentheses() {
        String stat = "4242 (C2 (Compiler) x) S 4200 4200 1 0 -1 1077936192 12 0 0 0 731 19 0 0 20 0 43 0 900 "
                + "5000000 3000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 -1 1 0 0 0 0 0";

        assertThat(ThreadCpu.ticks(stat)).isEqualTo(750);
    }

    @Test
    void theSplitOfThisJvmCountsItsOwnCompilerThreadsTimeAndGrowsWithIt() {
        ThreadCpu.Split now = ThreadCpu.of(ProcessHandle.current().pid());

        // A JVM that has loaded JUnit has compiled something; the split is what /proc says, not zero.
        assertThat(now.jit()).isPositive();
        assertThat(now.minus(now)).isEqualTo(new ThreadCpu.Split(Duration.ZERO, Duration.ZERO));
    }
}

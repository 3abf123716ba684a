package io.github.vismaidentity.protocol;

import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import io.github.vismaidentity.emulator.EmulatorBuilder;
import io.github.vismaidentity.emulator.support.EmulatorTestBase;
import io.github.vismaidentity.support.TestSettings;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, the refresh storm's cost: a call to Visma is answered on the threads the HTTP client keeps, not on
 * a thread started for it. The JDK's {@code sendAsync} handed every answer on to {@code CompletableFuture}'s
 * default executor, which on a machine with one or two cores (this project's benchmark machine, many a
 * container) starts a new thread each time: 20 calls started 20 threads. Where the JVM sees more cores that
 * executor is a pool, and this test could not tell the difference.
 */
class VismaHttpThreadsTest extends EmulatorTestBase {

    private static final int CALLS = 20;

    @Override
    protected EmulatorBuilder configure(EmulatorBuilder builder) {
        return builder.threads(2);
    }

    @Test
    void callsAfterTheFirstFewStartNoThreadOfTheirOwn() throws Exception {
        VismaHttp http = new VismaHttp(TestSettings.forEmulator(emulator).build());
        HTTPRequest discovery = new HTTPRequest(HTTPRequest.Method.GET, emulator.discoveryUri().toURL());
        // The first calls start what stays: the client's worker, the deadlines' thread, the emulator's two threads.
        for (int i = 0; i < 4; i++) {
            http.send(discovery);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long startedBefore = threads.getTotalStartedThreadCount();

        for (int i = 0; i < CALLS; i++) {
            assertThat(http.send(discovery).getStatusCode()).isEqualTo(200);
        }

        assertThat(threads.getTotalStartedThreadCount() - startedBefore).isLessThan(CALLS / 4);
    }

    /**
     * A thread that outlives the calls would hold the extension's classes, and so the application's class loader,
     * after an undeploy: the deadlines' thread ends once no call has needed it for a while.
     */
    @Test
    void theDeadlinesThreadEndsWhenNoCallNeedsIt() throws Exception {
        VismaHttp http = new VismaHttp(TestSettings.forEmulator(emulator).build());
        http.send(new HTTPRequest(HTTPRequest.Method.GET, emulator.discoveryUri().toURL()));
        assertThat(deadlineThreads()).isPositive();

        await().atMost(VismaHttp.WATCHDOG_IDLE.plus(Duration.ofSeconds(20))).until(() -> deadlineThreads() == 0);
    }

    private static long deadlineThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("visma-identity-http-deadlines") && thread.isAlive())
                .count();
    }
}

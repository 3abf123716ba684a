package io.github.vismaidentity.benchmarks.client;

import io.github.vismaidentity.client.Sleeper;
import io.github.vismaidentity.eaccounting.BenchmarkAccess;
import io.github.vismaidentity.eaccounting.EAccountingClient;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** The client's pacer's waits, counted as the pacer sleeps them; the calling thread still sleeps each one. */
final class PacerWaits implements Sleeper {

    /** Waits so far, and how long they were together. */
    record Tally(long waits, double seconds) {

        Tally minus(Tally before) {
            return new Tally(waits - before.waits, seconds - before.seconds);
        }
    }

    private final AtomicLong waits = new AtomicLong();
    private final AtomicLong nanos = new AtomicLong();

    /** The builder, with this counting every wait of the client it builds. */
    EAccountingClient.Builder watch(EAccountingClient.Builder builder) {
        return BenchmarkAccess.pacerSleeper(builder, this);
    }

    @Override
    public void sleep(Duration wait) throws InterruptedException {
        waits.incrementAndGet();
        long started = System.nanoTime();
        try {
            Sleeper.THREAD.sleep(wait);
        } finally {
            nanos.addAndGet(System.nanoTime() - started);
        }
    }

    Tally tally() {
        return new Tally(waits.get(), nanos.get() / 1e9);
    }
}

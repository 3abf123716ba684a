package io.github.vismaidentity.benchmarks.http;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Calls released together: each on its own thread of a pool kept from burst to burst, all held at one latch
 * until every one is submitted, so that a burst measures the calls, not the starting of threads.
 */
final class AtOnce implements AutoCloseable {

    private final ExecutorService threads;

    /** A pool for bursts of up to {@code calls} calls. */
    AtOnce(int calls) {
        this.threads = Executors.newFixedThreadPool(calls);
    }

    /** Runs {@code calls} at once and returns their results in order; {@code what} names them when one fails. */
    <T> List<T> run(String what, List<Callable<T>> calls) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>(calls.size());
        for (Callable<T> call : calls) {
            futures.add(threads.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>(calls.size());
        try {
            for (Future<T> future : futures) {
                results.add(future.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed", e.getCause());
        }
        return results;
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}

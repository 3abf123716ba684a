package io.github.vismaidentity.benchmarks;

import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.store.TokenSetKey;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/** The scale run's background job: one call per set, started at the paced rate, run by a fixed pool of workers. */
record ScaleJob(AtomicInteger errors, AtomicLongArray nanos) {

    static ScaleJob run(VismaTokens tokens, List<TokenSetKey> keys, int perMinute, int threads) throws Exception {
        ScaleJob job = new ScaleJob(new AtomicInteger(), new AtomicLongArray(keys.size()));
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        long interval = TimeUnit.MINUTES.toNanos(1) / perMinute;
        long next = System.nanoTime();
        for (int i = 0; i < keys.size(); i++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            next += interval;
            TokenSetKey key = keys.get(i);
            int slot = i;
            workers.execute(() -> {
                long start = System.nanoTime();
                try {
                    tokens.forUser(key.subject(), key.companyId());
                } catch (RuntimeException e) {
                    job.errors.incrementAndGet();
                } finally {
                    job.nanos.set(slot, System.nanoTime() - start);
                }
            });
        }
        workers.shutdown();
        if (!workers.awaitTermination(1, TimeUnit.HOURS)) {
            throw new IllegalStateException("The job did not finish within an hour");
        }
        return job;
    }

    double millisAt(double quantile) {
        long[] sorted = new long[nanos.length()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = nanos.get(i);
        }
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}

package io.github.vismaidentity.benchmarks;

import io.github.vismaidentity.store.TokenSetKey;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The callers of a storm: {@code threads} application threads that each ask for every token set once, all
 * at the same moment. Each starts at its own offset in the list of sets, so the threads spread over the sets
 * as the requests of many users would, and still collide on them as soon as there are more threads than sets.
 * Threads are lined up before the measured call and released by it, so the measurement holds the storm and
 * not the thread start-up.
 */
@State(Scope.Benchmark)
public class Crowd {

    /** How many threads ask at once. */
    @Param({"2", "8", "32"})
    public int threads;

    private ExecutorService pool;
    private CountDownLatch go;
    private CountDownLatch done;
    private String[][] tokens;
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicReference<Throwable> firstError = new AtomicReference<>();

    @Setup(Level.Trial)
    public void startThreads() {
        pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "storm-caller");
            thread.setDaemon(true);
            return thread;
        });
        ((ThreadPoolExecutor) pool).prestartAllCoreThreads();
    }

    /** Outside the measured time: every thread waits at the start line. */
    @Setup(Level.Invocation)
    public void lineUp(StormWorld world) throws InterruptedException {
        List<TokenSetKey> keys = world.keys;
        CountDownLatch ready = new CountDownLatch(threads);
        go = new CountDownLatch(1);
        done = new CountDownLatch(threads);
        tokens = new String[threads][keys.size()];
        errors.set(0);
        firstError.set(null);
        for (int t = 0; t < threads; t++) {
            int caller = t;
            int offset = t * keys.size() / threads;
            pool.execute(() -> {
                ready.countDown();
                try {
                    go.await();
                    for (int i = 0; i < keys.size(); i++) {
                        int set = (offset + i) % keys.size();
                        ask(world, keys.get(set), caller, set);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        ready.await();
    }

    private void ask(StormWorld world, TokenSetKey key, int caller, int set) {
        try {
            tokens[caller][set] = world.refresher.validTokenSet(key).accessToken();
        } catch (RuntimeException e) {
            // Counted, not thrown: the storm goes on, and the benchmark fails on the count afterwards.
            errors.incrementAndGet();
            firstError.compareAndSet(null, e);
        }
    }

    /** The measured part: releases every thread and waits until each has its tokens or its error. */
    void storm() throws InterruptedException {
        go.countDown();
        if (!done.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The storm did not end within 5 minutes");
        }
    }

    int errors() {
        return errors.get();
    }

    Throwable firstError() {
        return firstError.get();
    }

    /**
     * How many token sets reached different callers with different access tokens: zero when every caller of a
     * set shared the one refresh of it. A storm with errors has holes here; the error count speaks for it.
     */
    int setsWithSeveralAccessTokens() {
        int split = 0;
        for (int set = 0; set < tokens[0].length; set++) {
            String first = tokens[0][set];
            for (String[] caller : tokens) {
                if (!Objects.equals(first, caller[set])) {
                    split++;
                    break;
                }
            }
        }
        return split;
    }

    @TearDown(Level.Trial)
    public void stopThreads() {
        pool.shutdownNow();
    }
}

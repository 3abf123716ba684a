package io.github.vismaidentity.benchmarks;

import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.EmulatorClock;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.refresh.RefreshingTokens;
import io.github.vismaidentity.refresh.TokenRefresher;
import io.github.vismaidentity.store.TokenCipher;
import io.github.vismaidentity.store.TokenSetKey;
import io.github.vismaidentity.store.TokenSetStore;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The scale run, a load driver rather than a JMH benchmark because it is one long measurement whose set-up
 * (thousands of real sign-ins) dwarfs it: {@code --sets} token sets (10,000) with refresh tokens the embedded
 * emulator really issued are stored in in-memory Derby, all their access tokens expire, and a background job
 * refreshes every one through {@link VismaTokens}, paced at {@code --per-minute} calls (Visma allows 600 a
 * minute per endpoint) on {@code --threads} workers. It prints the time, the refresh calls and reuses the
 * emulator saw, errors, SQL statements and connections per refresh, the heap, and the refresh latency.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.vismaidentity.benchmarks.ScaleRun --sets 10000 --per-minute 6000
 *     [--out scale.md]</pre>
 */
public final class ScaleRun {

    /** One browserless client per seeding thread, reused across its sign-ins. */
    private static final ThreadLocal<Browserless> BROWSERS = ThreadLocal.withInitial(Browserless::new);

    private ScaleRun() {
    }

    public static void main(String[] args) throws Exception {
        RunOptions options = new RunOptions(Arrays.asList(args));
        int sets = options.number("--sets", 10_000);
        int perMinute = options.number("--per-minute", 600);
        int threads = options.number("--threads", 8);
        int signInThreads = options.number("--sign-in-threads", 4);
        EmulatorClock clientClock = new EmulatorClock(Clock.systemUTC());
        try (VismaEmulator emulator = VismaEmulator.builder().users(StormSignIns.users(sets))
                .rateLimitPerMinute(1_000_000).admin(false).playground(false).start()) {
            VismaIdentitySettings settings = BenchmarkWiring.settings(Seed.CLIENT_ID, Seed.CLIENT_SECRET,
                    emulator.issuer(), emulator.apiBaseUri(), Optional.of(Seed.REDIRECT_URI),
                    "openid offline_access ea:api ea:sales");
            CountingDataSource database = new CountingDataSource(
                    BenchmarkWiring.inMemoryDerby("scale-" + UUID.randomUUID()));
            TokenSetStore store = new TokenSetStore(database, TokenCipher.plaintext(), clientClock);
            long seeding = System.nanoTime();
            List<TokenSetKey> keys = seed(new StormSignIns(emulator, settings, clientClock), store, sets, signInThreads);
            System.out.printf("Seeded %d token sets by real sign-ins in %.0f s%n", keys.size(), seconds(seeding));

            TokenRefresher refresher = BenchmarkWiring.refresher(settings, database, store, clientClock);
            VismaTokens tokens = new RefreshingTokens(Seed.CLIENT_ID, () -> refresher, () -> store);
            clientClock.advance(Duration.ofHours(1));
            long heapBefore = heapUsed();
            long grantsBefore = emulator.control().count(Counter.REFRESH_TOKEN_GRANTS);
            long statementsBefore = database.statements();
            long connectionsBefore = database.connections();
            long started = System.nanoTime();
            Job job = Job.run(tokens, keys, perMinute, threads);
            double took = seconds(started);
            long refreshes = emulator.control().count(Counter.REFRESH_TOKEN_GRANTS) - grantsBefore;
            long statements = database.statements() - statementsBefore;
            long connections = database.connections() - connectionsBefore;
            long heapAfter = heapUsed();
            String table = report(sets, perMinute, threads, took, refreshes,
                    emulator.control().count(Counter.REFRESH_TOKEN_REUSES), job, statements, connections, heapBefore,
                    heapAfter);
            System.out.print(table);
            String out = options.text("--out", null);
            if (out != null) {
                Files.writeString(Path.of(out), table, StandardCharsets.UTF_8);
            }
            if (refreshes != sets || job.errors.get() != 0 || emulator.control().count(Counter.REFRESH_TOKEN_REUSES) != 0) {
                System.out.println("WRONG RUN, not to be published: every set must be refreshed once, with no error and no reuse.");
                System.exit(1);
            }
        }
    }

    private static List<TokenSetKey> seed(StormSignIns signIns, TokenSetStore store, int sets, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<TokenSetKey>> done = new ArrayList<>();
            for (int i = 0; i < sets; i++) {
                int user = i;
                done.add(pool.submit(() -> signInWithRetries(signIns, user, store)));
            }
            List<TokenSetKey> keys = new ArrayList<>(sets);
            for (Future<TokenSetKey> key : done) {
                keys.add(key.get());
                if (keys.size() % 1000 == 0) {
                    System.out.println("  " + keys.size() + " signed in");
                }
            }
            return keys;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The set-up's sign-ins open thousands of short connections to the JDK's HTTP server, which now and then
     * resets one: a sign-in spends no refresh token, so it is simply done again (at most three times).
     */
    private static TokenSetKey signInWithRetries(StormSignIns signIns, int user, TokenSetStore store) {
        for (int attempt = 1; ; attempt++) {
            try {
                return signIns.signInAndStore(user, store, BROWSERS.get());
            } catch (RuntimeException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** The background job: one call per set, started at the paced rate, run by a fixed pool of workers. */
    private record Job(AtomicInteger errors, AtomicLongArray nanos) {

        static Job run(VismaTokens tokens, List<TokenSetKey> keys, int perMinute, int threads) throws Exception {
            Job job = new Job(new AtomicInteger(), new AtomicLongArray(keys.size()));
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

    private static String report(int sets, int perMinute, int threads, double took, long refreshes, long reuses, Job job,
                                 long statements, long connections, long heapBefore, long heapAfter) {
        StringBuilder out = new StringBuilder("### Scale: background refresh of every stored token set\n\n");
        out.append("| token sets | pace | workers | time | achieved | refresh calls | reuses | errors "
                + "| SQL statements per refresh | connections per refresh | refresh p50 / p99 | heap before / after |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        out.append(String.format(Locale.ROOT, "| %,d | %,d a minute | %d | %.0f s | %,.0f a minute | %,d | %d | %d | %.1f "
                        + "| %.1f | %.0f / %.0f ms | %d / %d MB |%n", sets, perMinute, threads, took, sets / took * 60,
                refreshes, reuses, job.errors.get(), (double) statements / sets, (double) connections / sets,
                job.millisAt(0.5), job.millisAt(0.99), heapBefore >> 20, heapAfter >> 20));
        out.append(String.format(Locale.ROOT, "%nIn-memory Derby, the emulator in the same JVM; load average %.1f at the end.%n%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        return out.toString();
    }

    private static long heapUsed() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}

package io.github.vismaidentity.benchmarks;

import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.benchmarks.databases.BenchDatabase;
import io.github.vismaidentity.benchmarks.databases.BenchDatabases;
import io.github.vismaidentity.benchmarks.databases.DatabaseKind;
import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.EmulatorClock;
import io.github.vismaidentity.emulator.directory.Seed;
import io.github.vismaidentity.emulator.support.Browserless;
import io.github.vismaidentity.refresh.RefreshingTokens;
import io.github.vismaidentity.refresh.TokenRefresher;
import io.github.vismaidentity.store.TokenCipher;
import io.github.vismaidentity.store.TokenSet;
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
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The scale run, a load driver rather than a JMH benchmark because it is one long measurement whose set-up
 * (thousands of real sign-ins) dwarfs it: {@code --sets} token sets (10,000) with refresh tokens the embedded
 * emulator really issued are stored, all their access tokens expire, and a background job refreshes every one
 * through {@link VismaTokens}, paced at {@code --per-minute} calls (Visma allows 600 a minute per endpoint) on
 * {@code --threads} workers. It reports the time, refreshes per second, the refresh calls and reuses the
 * emulator saw, errors, SQL statements and connections per refresh, the heap, and the refresh latency.
 *
 * <p>{@code --databases derby,postgresql} measures the same job on each database in turn, in one JVM: the sets
 * are signed in once, into the first; each next database gets the rows the job before left (their refresh tokens
 * the ones the emulator issued last), copied through the store, and the client's clock moves on another hour so
 * that every set is due again. PostgreSQL is a server the run starts itself, its files under
 * {@code --postgres-dir} (benchmarks/target/postgres).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.vismaidentity.benchmarks.ScaleRun --sets 10000 --per-minute 6000
 *     [--databases derby,postgresql] [--out scale.md]</pre>
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
        List<DatabaseKind> kinds = DatabaseKind.parseList(options.text("--databases", "derby"));
        EmulatorClock clientClock = new EmulatorClock(Clock.systemUTC());
        List<ScaleReport.Row> rows = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        try (VismaEmulator emulator = VismaEmulator.builder().users(StormSignIns.users(sets))
                .rateLimitPerMinute(1_000_000).admin(false).playground(false).start();
             BenchDatabases databases = new BenchDatabases(Path.of(options.text("--postgres-dir",
                     "benchmarks/target/postgres")))) {
            VismaIdentitySettings settings = BenchmarkWiring.settings(Seed.CLIENT_ID, Seed.CLIENT_SECRET,
                    emulator.issuer(), emulator.apiBaseUri(), Optional.of(Seed.REDIRECT_URI),
                    "openid offline_access ea:api ea:sales");
            BenchDatabase previous = null;
            TokenSetStore previousStore = null;
            List<TokenSetKey> keys = null;
            for (DatabaseKind kind : kinds) {
                BenchDatabase database = databases.open(kind, "scale");
                CountingDataSource counting = new CountingDataSource(database.dataSource());
                TokenSetStore store = new TokenSetStore(counting, TokenCipher.plaintext(), clientClock);
                long setUp = System.nanoTime();
                if (previous == null) {
                    keys = seed(new StormSignIns(emulator, settings, clientClock), store, sets, signInThreads);
                    System.out.printf("Seeded %d token sets by real sign-ins into %s in %.0f s%n", keys.size(),
                            kind.label(), seconds(setUp));
                } else {
                    copy(previousStore, store, keys, signInThreads);
                    previous.close();
                    System.out.printf("Copied %d token sets into %s in %.0f s%n", keys.size(), kind.label(), seconds(setUp));
                }
                rows.add(measure(kind, emulator, settings, database, counting, store, keys, clientClock, perMinute,
                        threads));
                descriptions.add(database.description());
                previous = database;
                previousStore = store;
            }
            previous.close();
        }
        String table = ScaleReport.markdown(rows, descriptions) + "The emulator in the same JVM; "
                + (kinds.size() > 1 ? "the sets signed in once, then copied from each database to the next (above).\n\n"
                : "the sets signed in for this run.\n\n");
        System.out.print(table);
        String out = options.text("--out", null);
        if (out != null) {
            Files.writeString(Path.of(out), table, StandardCharsets.UTF_8);
        }
        if (!rows.stream().allMatch(ScaleReport.Row::right)) {
            System.out.println("WRONG RUN, not to be published: every set must be refreshed once, with no error and no reuse.");
            System.exit(1);
        }
    }

    /** Expires every set, runs the job on it, and reads what it cost. */
    private static ScaleReport.Row measure(DatabaseKind kind, VismaEmulator emulator, VismaIdentitySettings settings,
                                           BenchDatabase database, CountingDataSource counting, TokenSetStore store,
                                           List<TokenSetKey> keys, EmulatorClock clientClock, int perMinute, int threads)
            throws Exception {
        TokenRefresher refresher = BenchmarkWiring.refresher(settings, counting, store, clientClock);
        VismaTokens tokens = new RefreshingTokens(Seed.CLIENT_ID, () -> refresher, () -> store);
        clientClock.advance(Duration.ofHours(1));
        long heapBefore = heapUsed();
        long grantsBefore = emulator.control().count(Counter.REFRESH_TOKEN_GRANTS);
        long reusesBefore = emulator.control().count(Counter.REFRESH_TOKEN_REUSES);
        long statementsBefore = counting.statements();
        long connectionsBefore = counting.connections();
        long started = System.nanoTime();
        ScaleJob job = ScaleJob.run(tokens, keys, perMinute, threads);
        double took = seconds(started);
        ScaleReport.Row row = new ScaleReport.Row(kind.label(), keys.size(), perMinute, threads, took,
                emulator.control().count(Counter.REFRESH_TOKEN_GRANTS) - grantsBefore,
                emulator.control().count(Counter.REFRESH_TOKEN_REUSES) - reusesBefore, job.errors().get(),
                counting.statements() - statementsBefore, counting.connections() - connectionsBefore,
                database.physicalConnections(), job.millisAt(0.5), job.millisAt(0.99), heapBefore >> 20,
                heapUsed() >> 20, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("%s: %d refresh calls in %.0f s, %d reuses, %d errors, p99 %.0f ms%n", kind.label(),
                row.refreshes(), took, row.reuses(), row.errors(), row.p99Millis());
        return row;
    }

    private static List<TokenSetKey> seed(StormSignIns signIns, TokenSetStore store, int sets, int threads)
            throws Exception {
        List<Callable<TokenSetKey>> signInsToDo = new ArrayList<>();
        for (int i = 0; i < sets; i++) {
            int user = i;
            signInsToDo.add(() -> signInWithRetries(signIns, user, store));
        }
        return inParallel(signInsToDo, threads, "signed in");
    }

    /**
     * Each set as the last job left it, written into the next database through the store's sign-in write, so
     * the next job starts from the refresh tokens the emulator issued last: none is spent twice.
     */
    private static void copy(TokenSetStore from, TokenSetStore to, List<TokenSetKey> keys, int threads) throws Exception {
        List<Callable<TokenSetKey>> copies = new ArrayList<>();
        for (TokenSetKey key : keys) {
            copies.add(() -> {
                TokenSet set = from.find(key).orElseThrow(() -> new IllegalStateException(key + " is gone"));
                to.save(key, set.companyName(), set.accessToken(), set.refreshToken(), set.accessExpiresAt(), set.scope());
                return key;
            });
        }
        inParallel(copies, threads, "copied");
    }

    private static List<TokenSetKey> inParallel(List<Callable<TokenSetKey>> work, int threads, String done)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<TokenSetKey>> futures = new ArrayList<>();
            for (Callable<TokenSetKey> one : work) {
                futures.add(pool.submit(one));
            }
            List<TokenSetKey> keys = new ArrayList<>(work.size());
            for (Future<TokenSetKey> key : futures) {
                keys.add(key.get());
                if (keys.size() % 1000 == 0) {
                    System.out.println("  " + keys.size() + " " + done);
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

    private static long heapUsed() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}

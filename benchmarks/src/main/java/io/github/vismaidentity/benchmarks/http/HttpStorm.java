package io.github.vismaidentity.benchmarks.http;

import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.control.Counter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The refresh storm over HTTP: signed-in users of the extension's application whose access tokens have just
 * expired each send {@code perUser} requests at once to a page that asks for their {@code @VismaToken}. Each
 * token set must be refreshed exactly once (the emulator counts the refresh calls), no refresh token spent
 * twice, every request answered 200, and all requests of one user handed the same access token.
 */
final class HttpStorm implements AutoCloseable {

    /**
     * The extension's refresh skew in the storm's application ({@code visma.identity.refresh-skew}): shorter
     * than the default 60 s only so that a storm can follow the last one every 16 s instead of every 21 s.
     */
    static final Duration REFRESH_SKEW = Duration.ofSeconds(10);
    /** Access tokens the emulator issues during the storm part: the refresh skew plus 15 s. */
    static final Duration ACCESS_TOKEN_LIFETIME = REFRESH_SKEW.plusSeconds(15);
    /** How long after it is issued the extension refreshes such a token: lifetime minus the skew, and a second. */
    static final Duration DUE_AFTER = ACCESS_TOKEN_LIFETIME.minus(REFRESH_SKEW).plusSeconds(1);

    private final VismaEmulator emulator;
    private final URI tokenPage;
    private final URI page;
    private final List<BrowserSession> users;
    private final int perUser;
    private final long serverPid;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** One thread per request, kept from storm to storm: starting 200 threads is not the server's work. */
    private final AtOnce callers;

    HttpStorm(VismaEmulator emulator, long serverPid, URI tokenPage, URI page, List<BrowserSession> users, int perUser) {
        this.serverPid = serverPid;
        this.emulator = emulator;
        this.tokenPage = tokenPage;
        this.page = page;
        this.users = users;
        this.perUser = perUser;
        this.callers = new AtOnce(users.size() * perUser);
    }

    /**
     * What one storm did.
     *
     * @param refreshCalls refresh calls the emulator received during the storm: must equal the users
     * @param reuses       refresh tokens it saw a second time: must be 0
     * @param errors       requests not answered 200 with a token fingerprint: must be 0
     * @param splitUsers   users whose requests got different access tokens: must be 0
     * @param serverCpu    CPU time the server used from the first request to the last answer
     * @param serverThreads of it, what its JIT compiler and garbage collector threads used
     * @param wall         from the release of the first request to the last answer
     * @param released     when the first request was released, for a profile's samples
     */
    record Result(int requests, int users, long refreshCalls, long reuses, int errors, int splitUsers,
                  Latencies latencies, Duration serverCpu, ThreadCpu.Split serverThreads, Duration wall,
                  Instant released) {

        boolean right() {
            return refreshCalls == users && reuses == 0 && errors == 0 && splitUsers == 0;
        }

        /** When the last answer came. */
        Instant ended() {
            return released.plus(wall);
        }

        /** The refreshes the storm's wall time held: how fast the server got through them all. */
        double refreshesPerSecond() {
            return refreshCalls / (wall.toNanos() / 1e9);
        }
    }

    /**
     * Opens the connections the storm will use (with requests to the page, which needs no token), so that the
     * storm measures the refreshes, not TCP handshakes.
     */
    void openConnections() throws InterruptedException {
        burst(page);
    }

    Result run() throws InterruptedException {
        long refreshesBefore = emulator.control().count(Counter.REFRESH_TOKEN_GRANTS);
        long reusesBefore = emulator.control().count(Counter.REFRESH_TOKEN_REUSES);
        Duration cpuBefore = ProcessCpu.of(serverPid);
        ThreadCpu.Split threadsBefore = ThreadCpu.of(serverPid);
        Instant releasedAt = Instant.now();
        long released = System.nanoTime();
        List<Call> calls = burst(tokenPage);
        Duration wall = Duration.ofNanos(System.nanoTime() - released);
        Duration serverCpu = ProcessCpu.of(serverPid).minus(cpuBefore);
        ThreadCpu.Split serverThreads = ThreadCpu.of(serverPid).minus(threadsBefore);
        long refreshes = emulator.control().count(Counter.REFRESH_TOKEN_GRANTS) - refreshesBefore;
        long reuses = emulator.control().count(Counter.REFRESH_TOKEN_REUSES) - reusesBefore;
        int errors = 0;
        Map<Integer, Set<String>> tokensPerUser = new HashMap<>();
        long[] nanos = new long[calls.size()];
        for (int i = 0; i < calls.size(); i++) {
            Call call = calls.get(i);
            nanos[i] = call.nanos;
            if (call.status != 200 || !call.body.startsWith("token=")) {
                errors++;
            } else {
                tokensPerUser.computeIfAbsent(call.user, user -> new HashSet<>()).add(call.body.split(" ")[0]);
            }
        }
        int split = (int) tokensPerUser.values().stream().filter(tokens -> tokens.size() > 1).count();
        return new Result(calls.size(), users.size(), refreshes, reuses, errors, split, Latencies.of(nanos), serverCpu,
                serverThreads, wall, releasedAt);
    }

    private record Call(int user, int status, String body, long nanos) {
    }

    /** {@code perUser} requests per user, shuffled, all released at once. */
    private List<Call> burst(URI uri) throws InterruptedException {
        List<Integer> order = new ArrayList<>();
        for (int user = 0; user < users.size(); user++) {
            for (int n = 0; n < perUser; n++) {
                order.add(user);
            }
        }
        Collections.shuffle(order);
        List<Callable<Call>> calls = new ArrayList<>(order.size());
        for (int user : order) {
            HttpRequest request = HttpRequest.newBuilder(uri).header("Cookie", users.get(user).cookieHeader())
                    .timeout(Duration.ofSeconds(60)).build();
            calls.add(() -> send(user, request));
        }
        return callers.run("A storm request", calls);
    }

    @Override
    public void close() {
        callers.close();
    }

    private Call send(int user, HttpRequest request) throws InterruptedException {
        long begin = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Call(user, response.statusCode(), response.body(), System.nanoTime() - begin);
        } catch (IOException e) {
            return new Call(user, -1, e.toString(), System.nanoTime() - begin);
        }
    }
}

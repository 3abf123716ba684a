package io.github.vismaidentity.it.nodes;

import io.github.vismaidentity.emulator.VismaEmulator;
import io.github.vismaidentity.emulator.control.Counter;
import io.github.vismaidentity.emulator.control.Endpoint;
import io.github.vismaidentity.emulator.control.Fault;
import io.github.vismaidentity.it.support.IssuedSecrets;
import io.github.vismaidentity.it.support.TokenRows;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;

import static io.github.vismaidentity.it.nodes.NodeCalls.probe;
import static io.github.vismaidentity.it.nodes.NodeCalls.signInWithAnExpiringToken;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Payara Micro processes with the same WAR, sharing one token table on one database server, and one
 * Visma: the promise that a refresh token is never spent twice, across JVMs and across a crash. Each
 * subclass names the database and is a server start of its own (Derby's network server, PostgreSQL).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoNodes {

    private static final String CONTEXT = NodeCalls.CONTEXT;
    private static final byte[] KEY = new byte[32];
    private static final int CALLERS_PER_NODE = 16;

    private static final HttpClient http = HttpClient.newHttpClient();

    /** The start of the nodes' names, and of their logs' names in {@code target/nodes/}. */
    private final String names;
    private final Starter starter;
    private SharedDatabase database;
    private VismaEmulator visma;
    private PayaraNode nodeA;
    private PayaraNode nodeB;

    TwoNodes(String names, Starter starter) {
        this.names = names;
        this.starter = starter;
    }

    /** Starts the database server both nodes share, its files under the build folder it is given. */
    @FunctionalInterface
    interface Starter {
        SharedDatabase start(Path build) throws Exception;
    }

    @BeforeAll
    void startTheDatabaseVismaAndTwoNodes() throws Exception {
        Arrays.fill(KEY, (byte) 7);
        Path build = Path.of(System.getProperty("build.directory"));
        database = starter.start(build);
        Path war = NodeCalls.war(build);
        nodeA = new PayaraNode(names + "-a", war, database.forNodes());
        nodeB = new PayaraNode(names + "-b", war, database.forNodes());
        visma = NodeCalls.vismaAndWar(war, KEY, nodeA, nodeB);
        nodeA.start();
        nodeB.start();
        nodeA.awaitReady(CONTEXT);
        nodeB.awaitReady(CONTEXT);
    }

    @AfterAll
    void stopEverything() throws Exception {
        try (SharedDatabase shared = database; PayaraNode a = nodeA; PayaraNode b = nodeB) {
            if (visma != null) {
                IssuedSecrets.keep("two-nodes-" + names, visma);
                visma.stop();
            }
        }
    }

    @BeforeEach
    void healthyVisma() {
        visma.control().clearFaults();
        visma.control().accessTokenLifetime(Duration.ofHours(1));
    }

    @Test
    void bothNodesHitAtOnceAfterExpiryRefreshOnceAndServeTheNewTokens() throws Exception {
        String company = signInWithAnExpiringToken(visma, nodeA, "demo", "Demo AB");
        List<String> before = TokenRows.of(nodeA.app(CONTEXT), "demo", "Demo AB");
        long refreshes = visma.control().count(Counter.REFRESH_TOKEN_GRANTS);
        long reuses = visma.control().count(Counter.REFRESH_TOKEN_REUSES);

        List<HttpResponse<String>> answers = allAtOnce(company, nodeA, nodeB);

        assertThat(answers).hasSize(2 * CALLERS_PER_NODE).allSatisfy(answer -> {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.body()).startsWith("api-status=200\napi-company=Demo AB\ntoken=");
        });
        assertThat(answers.stream().map(HttpResponse::body).distinct()).as("one token on both nodes").hasSize(1);
        assertThat(visma.control().count(Counter.REFRESH_TOKEN_GRANTS)).as("refreshes").isEqualTo(refreshes + 1);
        assertThat(visma.control().count(Counter.REFRESH_TOKEN_REUSES)).as("reuses").isEqualTo(reuses);
        List<String> after = TokenRows.of(nodeB.app(CONTEXT), "demo", "Demo AB");
        assertThat(Long.parseLong(after.get(TokenRows.VERSION))).isEqualTo(Long.parseLong(before.get(TokenRows.VERSION)) + 1);
        assertThat(after.get(TokenRows.STATUS)).isEqualTo("ACTIVE");
    }

    @Test
    void aNodeKilledInTheMiddleOfARefreshLeavesAWholeRowThatTheOtherNodeMarksAndNobodyResends() throws Exception {
        String company = signInWithAnExpiringToken(visma, nodeB, "solo", null);
        URL survivor = nodeA.app(CONTEXT);
        List<String> before = TokenRows.of(survivor, "solo", "Solo Konsult AB");
        visma.control().injectFault(Endpoint.TOKEN, Fault.delay(Duration.ofSeconds(5)), 1);
        long tokenCalls = visma.control().requests(Endpoint.TOKEN);
        long answered = visma.control().count(Counter.TOKEN_RESPONSES);
        long reuses = visma.control().count(Counter.REFRESH_TOKEN_REUSES);

        CompletableFuture<HttpResponse<String>> dying = http.sendAsync(probe(nodeB, company),
                HttpResponse.BodyHandlers.ofString());
        await("node B's refresh reaches Visma", () -> visma.control().requests(Endpoint.TOKEN), tokenCalls + 1);
        nodeB.kill(); // holding the row lock, waiting for Visma's answer
        // Visma still rotates the token it was sent, and its answer goes nowhere: the worst moment to die.
        await("Visma answers into the void", () -> visma.control().count(Counter.TOKEN_RESPONSES), answered + 1);

        assertThat(dying).failsWithin(Duration.ofSeconds(30));
        assertThat(TokenRows.of(survivor, "solo", "Solo Konsult AB")).as("the row as it was, lock released")
                .isEqualTo(before);
        HttpResponse<String> marked = http.send(probe(nodeA, company), HttpResponse.BodyHandlers.ofString());
        assertThat(marked.statusCode()).isEqualTo(401);
        assertThat(marked.body()).isEqualTo("error=VISMAID4002\n");
        assertThat(visma.control().count(Counter.REFRESH_TOKEN_REUSES)).as("the one unavoidable reuse")
                .isEqualTo(reuses + 1);
        assertThat(TokenRows.of(survivor, "solo", "Solo Konsult AB").get(TokenRows.STATUS))
                .isEqualTo("REAUTHENTICATION_REQUIRED");

        nodeB.start();
        nodeB.awaitReady(CONTEXT);
        long callsBeforeRestartedNode = visma.control().requests(Endpoint.TOKEN);
        HttpResponse<String> restarted = http.send(probe(nodeB, company), HttpResponse.BodyHandlers.ofString());
        assertThat(restarted.statusCode()).isEqualTo(401);
        assertThat(restarted.body()).as("no active set: every connection to the company needs a sign-in")
                .isEqualTo("error=VISMAID4003\n");
        assertThat(visma.control().requests(Endpoint.TOKEN)).as("the spent token is never sent again")
                .isEqualTo(callsBeforeRestartedNode);

        signInWithAnExpiringToken(visma, nodeB, "solo", null);
        HttpResponse<String> usable = http.send(probe(nodeA, company), HttpResponse.BodyHandlers.ofString());
        assertThat(usable.body()).as("a new sign-in makes the set usable on every node")
                .startsWith("api-status=200\napi-company=Solo Konsult AB\n");
    }

    /** {@link #CALLERS_PER_NODE} background jobs on each node, released together. */
    private List<HttpResponse<String>> allAtOnce(String company, PayaraNode... nodes) throws Exception {
        CountDownLatch ready = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(nodes.length * CALLERS_PER_NODE);
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (PayaraNode node : nodes) {
            HttpRequest request = probe(node, company);
            for (int i = 0; i < CALLERS_PER_NODE; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        ready.await();
                        return http.send(request, HttpResponse.BodyHandlers.ofString());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, callers));
            }
        }
        ready.countDown();
        try {
            return calls.stream().map(CompletableFuture::join).toList();
        } finally {
            callers.shutdown();
        }
    }

    private static void await(String what, LongSupplier counter, long value) {
        Awaitility.await(what).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> counter.getAsLong() >= value);
    }
}

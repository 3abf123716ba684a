package io.github.vismaidentity.benchmarks.client;

import io.github.vismaidentity.eaccounting.EAccountingClient;
import io.github.vismaidentity.eaccounting.Query;
import io.github.vismaidentity.eaccounting.model.Customer;
import io.github.vismaidentity.emulator.control.Endpoint;

import java.io.IOException;
import java.lang.ref.Reference;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** The stream of every customer of a company: requests, time per customer, and the heap as the pages go by. */
final class StreamMeasure {

    /** The page size the client streams at: the largest Visma allows. */
    static final int PAGE_SIZE = 1_000;
    /** Timed streams, whose median is reported. */
    static final int TIMED = 3;

    private final ClientWorld world;
    private final EAccountingClient company;
    private final int customers;

    StreamMeasure(ClientWorld world, EAccountingClient company, int customers) {
        this.world = world;
        this.company = company;
        this.customers = customers;
    }

    ClientReport.StreamRun run() throws IOException, InterruptedException {
        // The first stream warms the JIT, Jersey, Yasson and the connection, and has the emulator build the
        // company's customers, which then stay in its heap through the measured streams.
        long warmUp = count(customers());
        if (warmUp != customers) {
            throw new IllegalStateException("The warm-up stream gave " + warmUp + " customers, not " + customers);
        }
        // Timed streams, each followed by the same pages as bytes, and the medians of both: one of each on this
        // shared machine gave a client's share below zero.
        double[] seconds = new double[TIMED];
        double[] rawSeconds = new double[TIMED];
        long requests = 0;
        long items = Long.MAX_VALUE;
        for (int round = 0; round < TIMED; round++) {
            long requestsBefore = world.emulator.control().requests(Endpoint.API_CUSTOMERS);
            long started = System.nanoTime();
            items = Math.min(items, count(customers()));
            seconds[round] = (System.nanoTime() - started) / 1e9;
            // The most any stream sent, so that one stream fetching a page twice fails the run.
            requests = Math.max(requests, world.emulator.control().requests(Endpoint.API_CUSTOMERS) - requestsBefore);
            rawSeconds[round] = rawPages();
        }

        long heapBefore = HeapSamples.usedAfterGc();
        HeapSamples atPages = new HeapSamples();
        AtomicLong seen = new AtomicLong();
        try (Stream<Customer> sampled = customers()) {
            sampled.forEach(customer -> {
                // The first customer of a page: that page is in memory now, the one before it should not be.
                if (seen.getAndIncrement() % PAGE_SIZE == 0) {
                    atPages.sample();
                }
            });
        }
        long listBytes = listBytes();
        return new ClientReport.StreamRun(customers, PAGE_SIZE, requests, items, median(seconds), median(rawSeconds),
                atPages,
                heapBefore, listBytes);
    }

    /**
     * The seconds the same pages take as bytes, fetched one after the other by the JDK's HTTP client with the same
     * token: the emulator's and the network's share of the stream's time, which the client cannot change.
     */
    private double rawPages() throws IOException, InterruptedException {
        HttpClient http = world.plainHttp;
        String authorization = world.tokens.forCompany(world.streamedCompanyId).authorizationHeader();
        long pages = (customers + PAGE_SIZE - 1) / PAGE_SIZE;
        long started = System.nanoTime();
        for (long page = 1; page <= pages; page++) {
            URI uri = world.emulator.apiBaseUri().resolve("customers?$page=" + page + "&$pagesize=" + PAGE_SIZE);
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri)
                    .header("Authorization", authorization).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Page " + page + " as bytes: HTTP " + response.statusCode());
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** What the same customers add to the heap when collected into one list, as code without a stream would. */
    private long listBytes() {
        long before = HeapSamples.usedAfterGc();
        List<Customer> all = customers().toList();
        long after = HeapSamples.usedAfterGc();
        // Keeps the list reachable until the heap was read, which the JIT might otherwise not.
        Reference.reachabilityFence(all);
        return after - before;
    }

    private Stream<Customer> customers() {
        return company.customers().stream(Query.all());
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static long count(Stream<Customer> customers) {
        try (customers) {
            // Every item consumed, not Stream.count(), which may skip the pipeline when it knows the size.
            return customers.mapToLong(customer -> 1).sum();
        }
    }
}

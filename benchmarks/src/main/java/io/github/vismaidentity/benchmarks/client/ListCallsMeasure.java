package io.github.vismaidentity.benchmarks.client;

import io.github.vismaidentity.eaccounting.EAccountingClient;
import io.github.vismaidentity.eaccounting.Query;

import java.lang.ref.Reference;

/**
 * Many small list calls on one client, as an application's one client makes them for as long as it runs: the heap
 * they leave behind, read after a full GC with the client still open. Unpaced, with the emulator's limit lifted for
 * the while, so that the calls measure the client and not the rate limit.
 */
final class ListCallsMeasure {

    /** Calls before the measured ones: the JIT, the connections, JSON-B's first look at the types. */
    private static final int WARM_UP = 200;

    private final ClientWorld world;

    ListCallsMeasure(ClientWorld world) {
        this.world = world;
    }

    ClientReport.ListCallsRun run(int calls) {
        world.emulator.control().rateLimitPerMinute(Integer.MAX_VALUE);
        try (EAccountingClient unpaced = EAccountingClient.builder().apiBaseUrl(world.emulator.apiBaseUri())
                .tokens(world.tokens).callsPerMinute(0).build()) {
            EAccountingClient company = unpaced.forCompany(world.streamedCompanyId);
            Query oneCustomer = Query.all().pageSize(1);
            for (int i = 0; i < WARM_UP; i++) {
                company.customers().list(oneCustomer);
            }
            long before = HeapSamples.usedAfterGc();
            long started = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                company.customers().list(oneCustomer);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long after = HeapSamples.usedAfterGc();
            // What the client holds is what is measured: it must still be reachable when the heap is read.
            Reference.reachabilityFence(unpaced);
            return new ClientReport.ListCallsRun(calls, seconds, after - before);
        } finally {
            world.emulator.control().rateLimitPerMinute(ClientWorld.VISMA_CALLS_PER_MINUTE);
        }
    }
}

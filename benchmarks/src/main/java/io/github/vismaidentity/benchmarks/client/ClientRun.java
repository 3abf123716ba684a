package io.github.vismaidentity.benchmarks.client;

import io.github.vismaidentity.benchmarks.RunOptions;
import io.github.vismaidentity.eaccounting.EAccountingClient;
import io.github.vismaidentity.eaccounting.http.Pacer;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The client part of {@code run-all}: the eAccounting client against the emulator over real HTTP, on Jersey and
 * Yasson as Payara ships them, with tokens from {@code VismaTokens.forCompany} as a background job gets them.
 * <ol>
 *     <li>{@code customers().stream(Query.all())} over a company with {@code --customers} customers (10,000): the
 *     requests the emulator's customers endpoint saw (one per page of 1,000 is right), the time per customer, and
 *     the used heap after a full GC at each page of another such stream, against what the same customers take as
 *     one list;</li>
 *     <li>{@code --list-calls} one-customer list calls (2,000) on one open client, unpaced: the time per call and
 *     the heap they leave behind, after a full GC (an application's one client makes such calls for as long as it
 *     runs);</li>
 *     <li>{@code --imports} customers (1,000) created one after the other into another company, the client pacing
 *     itself at {@code --per-minute} (Visma's 600), against the emulator's limit of 600 a minute: the time, the
 *     calls, the emulator's 429 answers (0 is right), the pacer's waits, and the new customers the list shows.</li>
 * </ol>
 *
 * <pre>java -Xmx1g -cp benchmarks/target/benchmarks.jar io.github.vismaidentity.benchmarks.client.ClientRun
 *     --customers 10000 --list-calls 2000 --imports 1000 --per-minute 600 [--out client.md]</pre>
 */
public final class ClientRun {

    private ClientRun() {
    }

    public static void main(String[] args) throws Exception {
        // As HttpLoadRun: read when the JDK's HTTP server (the emulator's) is first used; without it its small
        // writes wait for the client's delayed ACK on loopback, some 40 ms a call, the emulator's artefact.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        RunOptions options = new RunOptions(Arrays.asList(args));
        int customers = options.number("--customers", 10_000);
        int imports = options.number("--imports", 1_000);
        int perMinute = options.number("--per-minute", ClientWorld.VISMA_CALLS_PER_MINUTE);
        int listCallCount = options.number("--list-calls", 2_000);
        ClientReport.StreamRun stream;
        ClientReport.ListCallsRun listCalls;
        ClientReport.ImportRun imported;
        long started = System.nanoTime();
        try (ClientWorld world = ClientWorld.start(customers)) {
            System.out.printf("Emulator started, two companies connected, in %.1f s%n", (System.nanoTime() - started) / 1e9);
            PacerWaits waits = new PacerWaits();
            try (EAccountingClient client = waits.watch(EAccountingClient.builder())
                    .apiBaseUrl(world.emulator.apiBaseUri()).tokens(world.tokens).callsPerMinute(perMinute).build()) {
                stream = new StreamMeasure(world, client.forCompany(world.streamedCompanyId), customers).run();
                System.out.printf("Streamed %,d customers in %d requests, %.1f µs each (the same pages as bytes: %.2f s);"
                                + " heap spread %s, the list %s%n", stream.items(), stream.requests(), stream.microsPerItem(),
                        stream.rawSeconds(), ClientReport.mb(stream.heap().spread()), ClientReport.mb(stream.listBytes()));
                listCalls = new ListCallsMeasure(world).run(listCallCount);
                System.out.printf("%,d list calls on one client: %.1f ms each, %s left in the heap%n", listCalls.calls(),
                        listCalls.millisPerCall(), ClientReport.mb(listCalls.retainedBytes()));
                // The stream's calls, the pages fetched beside it and the unpaced list calls count against the same
                // limit as the creates (per client and endpoint): let them age out of the pacer's and the
                // emulator's window, so that the import starts on an empty minute, as a nightly job would.
                System.out.printf("Waiting %d s for the stream's calls to leave the rate limit's window%n",
                        Pacer.WINDOW.toSeconds());
                Thread.sleep(Pacer.WINDOW.toMillis());
                imported = new ImportMeasure(world, client.forCompany(world.importedCompanyId), waits, perMinute)
                        .run(imports);
                System.out.printf("Imported %,d customers in %.1f s: %d calls, %d answered 429, %d pacer waits%n",
                        imported.customers(), imported.seconds(), imported.calls(), imported.rateLimited(),
                        imported.pacerWaits());
            }
        }
        String table = ClientReport.markdown(stream, listCalls, imported, setUp(perMinute));
        System.out.print(table);
        String out = options.text("--out", null);
        if (out != null) {
            Files.writeString(Path.of(out), table, StandardCharsets.UTF_8);
        }
        if (!stream.right() || !imported.right()) {
            System.out.println("WRONG RUN, not to be published: the stream must send one request per page and keep "
                    + "the heap within a page, the import must get no 429 and no error.");
            System.exit(1);
        }
    }

    private static String setUp(int perMinute) {
        return String.format("Set-up: the emulator in the driver's JVM, over HTTP on localhost (its server with "
                        + "`sun.net.httpserver.nodelay`, as in the storm), limiting each client to Visma's %d calls a "
                        + "minute per endpoint (lifted for the unpaced list calls only); `EAccountingClient` on Jersey and Yasson 3 (as "
                        + "Payara 6 ships them), pacing at %d calls a minute, its tokens from `VismaTokens.forCompany` "
                        + "(the extension's refresher over an in-memory Derby store, both companies connected by real "
                        + "sign-ins); one thread; heap %d MB at most. A warm-up stream runs before the measured ones; the "
                        + "times are the medians of " + StreamMeasure.TIMED + " streams, each followed by the same pages "
                        + "as bytes; the import starts 61 s after the last call before it, on an empty minute.",
                ClientWorld.VISMA_CALLS_PER_MINUTE, perMinute,
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() >> 20);
    }
}

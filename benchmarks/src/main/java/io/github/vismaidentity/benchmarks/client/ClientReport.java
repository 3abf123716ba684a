package io.github.vismaidentity.benchmarks.client;

import java.util.Locale;

/** The client part's results as markdown: the stream of every customer, and the paced import. */
final class ClientReport {

    private ClientReport() {
    }

    /**
     * One measured stream of a company's customers, and the list of the same customers beside it.
     *
     * @param customers  how many customers the company has
     * @param pageSize   the page size the stream asks for
     * @param requests   requests the emulator's customers endpoint received during the timed stream
     * @param items      customers the timed stream gave
     * @param seconds    a timed stream, from the call to its last item (the median of several)
     * @param rawSeconds the same pages fetched as bytes by the JDK's HTTP client, one after the other: what the
     *                   emulator and the network take, without the client's JSON-B and records (the median)
     * @param heap       the used heap, after a full GC, at the first customer of each page of another stream
     * @param heapBefore the used heap, after a full GC, before that stream
     * @param listBytes  what the same customers held in one list add to the used heap, after a full GC
     */
    record StreamRun(int customers, int pageSize, long requests, long items, double seconds, double rawSeconds,
                     HeapSamples heap, long heapBefore, long listBytes) {

        /** The pages {@code customers} fill at {@code pageSize}: the requests a lazy stream must send. */
        long pages() {
            return (customers + (long) pageSize - 1) / pageSize;
        }

        double microsPerItem() {
            return seconds * 1e6 / items;
        }

        /** The stream's time beyond the same pages fetched as bytes, per item: what the client itself adds. */
        double clientMicrosPerItem() {
            return (seconds - rawSeconds) * 1e6 / items;
        }

        /** The heap's spread during the stream over the list's size: 1 would mean it grew by the whole list. */
        double spreadOverList() {
            return (double) heap.spread() / listBytes;
        }

        /**
         * What a run must show to be published: every customer once, one request per page, and a heap whose
         * spread during the stream stays within one page's share of the list (a stream that kept the pages it
         * had read would grow by all but one).
         */
        boolean right() {
            return items == customers && requests == pages() && heap.size() == pages()
                    && heap.spread() <= listBytes / pages();
        }
    }

    /**
     * One measured import: a background job creating customers one after the other, paced by the client.
     *
     * @param customers   customers the job created
     * @param perMinute   the client's pace, calls a minute per endpoint
     * @param seconds     from the first create to the last one answered
     * @param calls       requests the emulator's customers endpoint received during the import
     * @param rateLimited API calls the emulator answered 429 during the import
     * @param pacerWaits  times the client's pacer held a call back
     * @param waitSeconds the pacer's waits added up
     * @param errors      creates that failed
     * @param listed      the company's customers the API lists afterwards
     */
    record ImportRun(int customers, int perMinute, double seconds, long calls, long rateLimited, long pacerWaits,
                     double waitSeconds, int errors, long listed) {

        double callsPerMinute() {
            return calls * 60 / seconds;
        }

        /** The time the calls took beside the pacer's waits, per call, in milliseconds. */
        double millisPerCallBesidesWaits() {
            return (seconds - waitSeconds) * 1e3 / calls;
        }

        /** What a run must show to be published: one call per customer, no 429, no error, all of them listed. */
        boolean right() {
            return calls == customers && rateLimited == 0 && errors == 0 && listed == customers;
        }
    }

    /**
     * Many one-customer list calls on one open client.
     *
     * @param calls         the measured calls
     * @param seconds       their time, one after the other
     * @param retainedBytes the used heap after them minus before them, each after a full GC, the client still open
     */
    record ListCallsRun(int calls, double seconds, long retainedBytes) {

        double millisPerCall() {
            return seconds * 1e3 / calls;
        }

        double bytesPerCall() {
            return (double) retainedBytes / calls;
        }
    }

    static String markdown(StreamRun stream, ListCallsRun listCalls, ImportRun imported, String setUp) {
        StringBuilder out = new StringBuilder("### The eAccounting client: a stream of 10,000 customers, a paced import\n\n");
        out.append(setUp).append("\n\n");
        out.append("| stream of every customer | customers | page size | requests to /v2/customers | pages | time (median) "
                + "| per customer | the same pages as bytes | the client's share per customer "
                + "| heap after GC: before; at each page, min / max | spread | the same customers as one list "
                + "| spread / list |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        out.append(String.format(Locale.ROOT, "| `customers().stream(Query.all())` | %,d | %,d | %d | %d | %.2f s "
                        + "| %.1f µs | %.2f s | %.1f µs | %s; %s / %s | %s | %s | %.3f |%n", stream.items(),
                stream.pageSize(), stream.requests(), stream.pages(), stream.seconds(), stream.microsPerItem(),
                stream.rawSeconds(), stream.clientMicrosPerItem(), mb(stream.heapBefore()),
                mb(stream.heap().min()),
                mb(stream.heap().max()), mb(stream.heap().spread()), mb(stream.listBytes()), stream.spreadOverList()));
        out.append('\n');
        out.append("| list calls on one open client, unpaced | calls | time | per call | heap after GC, after "
                + "less before | per call |\n");
        out.append("|---|---|---|---|---|---|\n");
        out.append(String.format(Locale.ROOT, "| `customers().list(Query.all().pageSize(1))` | %,d | %.1f s | %.1f ms "
                        + "| %s | %.0f bytes |%n", listCalls.calls(), listCalls.seconds(), listCalls.millisPerCall(),
                mb(listCalls.retainedBytes()), listCalls.bytesPerCall()));
        out.append('\n');
        out.append("| paced import | customers | pace | time | calls | calls a minute | HTTP 429 | pacer waits "
                + "| waited | per call besides the waits | errors | listed afterwards |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        out.append(String.format(Locale.ROOT, "| `customers().create(...)`, one after the other | %,d | %,d a minute "
                        + "| %.1f s | %,d | %.0f | %d | %d | %.1f s | %.1f ms | %d | %,d |%n", imported.customers(),
                imported.perMinute(), imported.seconds(), imported.calls(), imported.callsPerMinute(),
                imported.rateLimited(), imported.pacerWaits(), imported.waitSeconds(),
                imported.millisPerCallBesidesWaits(), imported.errors(), imported.listed()));
        out.append('\n');
        return out.toString();
    }

    /** Bytes as MB with one decimal, which tells a page (about a tenth of the list) from noise. */
    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
